package vn.thidua.reporting.application.deadline;

import org.springframework.stereotype.Service;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.domain.deadline.Timeliness;
import vn.thidua.reporting.domain.rollup.CoverageRollup;

import java.time.Clock;

/**
 * Late and overdue dossiers and supplements of a unit's subtree in a campaign's rollup (dashboard, open data). The
 * rollup comes from {@code DashboardQueries}, which checked the reader's access.
 */
@Service
public class TimelinessQueries {

    private final DeadlineStore deadlines;
    private final Clock clock;

    public TimelinessQueries(DeadlineStore deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Timeliness of(CoverageRollup rollup, String unitId) {
        return Timeliness.of(rollup, unitId, deadlines.items(), VietnamTime.today(clock), VietnamTime.ZONE);
    }
}
