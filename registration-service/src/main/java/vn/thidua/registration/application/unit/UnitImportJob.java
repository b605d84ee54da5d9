package vn.thidua.registration.application.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One import of organisation-tree rows (nhập cây đơn vị), with its progress and, once done, its report.
 * Rows are counted once each: {@code processed = applied + unchanged + rejected} climbs to {@code total}.
 * {@code opened … closed} count the commands issued (a row may issue several, e.g. rename and move).
 * Timings: planning (checking the rows against the tree), applying (commands into the event store) and
 * projecting (until the {@code units} view shows every change).
 */
@Document("unit_imports")
public record UnitImportJob(@Id String jobId, String kind, String source, String format, LocalDate effectiveOn,
                            String status, String phase,
                            int total, int processed, int applied, int unchanged, int rejected,
                            int opened, int renamed, int moved, int reclassified, int closed,
                            List<ImportPlanner.Rejection> rejections, int rejectionsOmitted,
                            Instant submittedAt, Instant startedAt, Instant finishedAt,
                            Long planningMillis, Long applyingMillis, Long projectingMillis,
                            Boolean viewsCurrent, String requestedBy, String failure) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    /** The service stopped while the job ran; importing the same rows again is safe (idempotent). */
    public static final String INTERRUPTED = "INTERRUPTED";

    public static final String PLANNING = "PLANNING";
    public static final String APPLYING = "APPLYING";
    public static final String PROJECTING = "PROJECTING";

    public static final String KIND_FILE = "FILE";
    public static final String KIND_REFERENCE = "REFERENCE";
    public static final String KIND_REFORM = "REFORM";
    public static final String KIND_ROWS = "ROWS";

    public boolean finished() {
        return DONE.equals(status) || FAILED.equals(status) || INTERRUPTED.equals(status);
    }

    /** 0–100, for a progress bar. */
    public int percent() {
        if (finished()) return 100;
        if (total <= 0) return 0;
        return (int) Math.min(99, processed * 100L / total);
    }
}
