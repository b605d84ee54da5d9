package vn.thidua.registration.adapter.in.web.model;

import org.springframework.stereotype.Component;
import vn.thidua.platform.time.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and times as the pages show them, in Vietnam's time zone: {@code ${@modelFormat.instant(at)}}. */
@Component("modelFormat")
public class ModelFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamTime.ZONE);

    private final Clock clock;

    public ModelFormat(Clock clock) {
        this.clock = clock;
    }

    public String instant(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public boolean future(LocalDate day) {
        return day != null && day.isAfter(VietnamTime.today(clock));
    }

    /** Whether a due day has passed (Vietnam time). */
    public boolean overdue(LocalDate dueOn) {
        return dueOn != null && VietnamTime.today(clock).isAfter(dueOn);
    }
}
