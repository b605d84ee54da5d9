package vn.thidua.registration.application.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One import of organisation-tree rows (nhập cây đơn vị), with its progress and, once done, its report.
 * Rows are counted once each: {@code processed = applied + unchanged + rejected} climbs to {@code total};
 * {@code opened … closed} count the commands issued (a row may issue several). Timings: planning, applying
 * (commands into the event store) and projecting (until the {@code units} view shows every change).
 */
public record UnitImportJob(String jobId, Kind kind, String source, String format, LocalDate effectiveOn,
                            Status status, Phase phase,
                            int total, int processed, int applied, int unchanged, int rejected,
                            int opened, int renamed, int moved, int reclassified, int closed,
                            List<ImportPlanner.Rejection> rejections, int rejectionsOmitted,
                            Instant submittedAt, Instant startedAt, Instant finishedAt,
                            Long planningMillis, Long applyingMillis, Long projectingMillis,
                            Boolean viewsCurrent, String requestedBy, String failure) {

    /** Where the rows come from. */
    public enum Kind { FILE, REFERENCE, REFORM, ROWS }

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED,
        /** The service stopped while the job ran; importing the same rows again is safe (idempotent). */
        INTERRUPTED;

        public boolean finished() {
            return this == DONE || this == FAILED || this == INTERRUPTED;
        }
    }

    public enum Phase { PLANNING, APPLYING, PROJECTING }

    /** The counts of a running job, as its runner keeps them. */
    public record Counts(int processed, int applied, int unchanged, int rejected, int opened, int renamed,
                         int moved, int reclassified, int closed) {
    }

    /** A job just submitted: nothing counted, nothing started. */
    public static UnitImportJob queued(String jobId, Kind kind, String source, String format, LocalDate effectiveOn,
                                       Instant submittedAt, String requestedBy) {
        return new UnitImportJob(jobId, kind, source, format, effectiveOn, Status.QUEUED, null, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), 0, submittedAt, null, null, null, null, null, null,
                requestedBy, null);
    }

    public UnitImportJob started(Instant at) {
        return new UnitImportJob(jobId, kind, source, format, effectiveOn, Status.RUNNING, Phase.PLANNING, total,
                processed, applied, unchanged, rejected, opened, renamed, moved, reclassified, closed, rejections,
                rejectionsOmitted, submittedAt, at, finishedAt, planningMillis, applyingMillis, projectingMillis,
                viewsCurrent, requestedBy, failure);
    }

    public UnitImportJob planned(int rows, long millis) {
        return new UnitImportJob(jobId, kind, source, format, effectiveOn, status, Phase.APPLYING, rows,
                processed, applied, unchanged, rejected, opened, renamed, moved, reclassified, closed, rejections,
                rejectionsOmitted, submittedAt, startedAt, finishedAt, millis, applyingMillis, projectingMillis,
                viewsCurrent, requestedBy, failure);
    }

    public UnitImportJob applied(long millis) {
        return new UnitImportJob(jobId, kind, source, format, effectiveOn, status, Phase.PROJECTING, total,
                processed, applied, unchanged, rejected, opened, renamed, moved, reclassified, closed, rejections,
                rejectionsOmitted, submittedAt, startedAt, finishedAt, planningMillis, millis, projectingMillis,
                viewsCurrent, requestedBy, failure);
    }

    public UnitImportJob counted(Counts c) {
        return new UnitImportJob(jobId, kind, source, format, effectiveOn, status, phase, total,
                c.processed(), c.applied(), c.unchanged(), c.rejected(), c.opened(), c.renamed(), c.moved(),
                c.reclassified(), c.closed(), rejections, rejectionsOmitted, submittedAt, startedAt, finishedAt,
                planningMillis, applyingMillis, projectingMillis, viewsCurrent, requestedBy, failure);
    }

    /** Finished: done (with {@code projectingMillis} and {@code current}) or failed (with {@code failure}). */
    public UnitImportJob ended(Status end, Instant at, List<ImportPlanner.Rejection> reported, int omitted,
                               Long projecting, Boolean current, String why) {
        return new UnitImportJob(jobId, kind, source, format, effectiveOn, end, null, total,
                processed, applied, unchanged, rejected, opened, renamed, moved, reclassified, closed, reported,
                omitted, submittedAt, startedAt, at, planningMillis, applyingMillis, projecting, current,
                requestedBy, why);
    }

    public boolean finished() {
        return status != null && status.finished();
    }

    /** 0–100, for a progress bar. */
    public int percent() {
        if (finished()) return 100;
        if (total <= 0) return 0;
        return (int) Math.min(99, processed * 100L / total);
    }
}
