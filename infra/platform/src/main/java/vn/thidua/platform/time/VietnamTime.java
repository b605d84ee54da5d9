package vn.thidua.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Vietnam's one time zone (giờ Việt Nam, UTC+7): dates of windows, deadlines and decisions are its dates. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** The system clock in Vietnam's zone; services inject the {@link Clock} bean instead. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** A clock standing still at the start of the given day in Vietnam, for tests. */
    public static Clock fixedAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZONE).toInstant(), ZONE);
    }
}
