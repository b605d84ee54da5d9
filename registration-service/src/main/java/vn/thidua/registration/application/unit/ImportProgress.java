package vn.thidua.registration.application.unit;

import vn.thidua.registration.application.unit.UnitImportChange.Action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What one job has done so far: counts, rejections and the changes not yet stored. Safe across worker threads. */
final class ImportProgress {

    /** Kept in the job; beyond it the report says how many were left out. */
    static final int MAX_REPORTED_REJECTIONS = 5_000;

    private final String jobId;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger applied = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final Map<Action, AtomicInteger> actions = new EnumMap<>(Action.class);
    private final List<ImportPlanner.Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> failedOpens = ConcurrentHashMap.newKeySet();
    private final List<UnitImportChange> changes = new ArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();

    ImportProgress(String jobId) {
        this.jobId = jobId;
        for (Action action : Action.values()) actions.put(action, new AtomicInteger());
    }

    /** The plan's own verdicts: its rejections and unchanged rows are processed before anything is applied. */
    void planned(ImportPlanner.Plan plan) {
        rejections.addAll(plan.rejections());
        rejected.set(plan.rejections().size());
        unchanged.set((int) plan.unchanged());
        processed.set(plan.rejections().size() + (int) plan.unchanged());
    }

    void reject(ImportPlanner.Step step, String reason, String vi, String en) {
        rejections.add(new ImportPlanner.Rejection(step.row().line(), step.code(), reason, vi, en));
        rejected.incrementAndGet();
        processed.incrementAndGet();
    }

    void changed(ImportPlanner.Step step, Action action, String detail) {
        actions.get(action).incrementAndGet();
        synchronized (changes) {
            int n = seq.incrementAndGet();
            changes.add(new UnitImportChange(jobId + ":" + n, jobId, n, step.row().line(), step.code(), action, detail));
        }
    }

    void stepApplied() {
        applied.incrementAndGet();
        processed.incrementAndGet();
    }

    /** A unit that could not be opened: rows below it cannot be applied either. */
    void openFailed(String code) {
        failedOpens.add(code);
    }

    boolean couldNotOpen(String code) {
        return failedOpens.contains(code);
    }

    UnitImportJob.Counts counts() {
        return new UnitImportJob.Counts(processed.get(), applied.get(), unchanged.get(), rejected.get(),
                actions.get(Action.OPENED).get(), actions.get(Action.RENAMED).get(), actions.get(Action.MOVED).get(),
                actions.get(Action.RECLASSIFIED).get(), actions.get(Action.CLOSED).get());
    }

    /** The changes recorded since the last call. */
    List<UnitImportChange> drainChanges() {
        synchronized (changes) {
            List<UnitImportChange> batch = List.copyOf(changes);
            changes.clear();
            return batch;
        }
    }

    /** The rejections in line order, at most {@link #MAX_REPORTED_REJECTIONS}. */
    List<ImportPlanner.Rejection> reported() {
        List<ImportPlanner.Rejection> sorted;
        synchronized (rejections) {
            sorted = new ArrayList<>(rejections);
        }
        sorted.sort(ImportPlanner.Rejection.IN_FILE_ORDER);
        return List.copyOf(sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED_REJECTIONS)));
    }

    int omitted() {
        return Math.max(0, rejections.size() - MAX_REPORTED_REJECTIONS);
    }
}
