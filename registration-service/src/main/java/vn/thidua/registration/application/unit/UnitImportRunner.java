package vn.thidua.registration.application.unit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.registration.application.unit.UnitImportJob.Status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs import jobs, one at a time, each against the tree as the previous one left it: plans
 * ({@link ImportPlanner}), applies the steps parents first, the steps of one depth in parallel
 * ({@code thidua.units.import.parallelism}, default 4), then waits until the {@code units} view shows every
 * change. Progress is stored at most twice a second; the job's commands carry the caller who submitted it.
 */
@Component
public class UnitImportRunner {

    private static final Logger log = LoggerFactory.getLogger(UnitImportRunner.class);
    private static final Duration VIEW_WAIT = Duration.ofMinutes(10);
    private static final long FLUSH_NANOS = 500_000_000L;

    private final UnitImportJobs jobs;
    private final UnitQueries tree;
    private final StepApplier applier;
    private final UnitViewFreshness freshness;
    private final Clock clock;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> daemon(r, "unit-import"));
    private final ExecutorService workers;

    public UnitImportRunner(UnitImportJobs jobs, UnitQueries tree, StepApplier applier, UnitViewFreshness freshness,
                            Clock clock, @Value("${thidua.units.import.parallelism:4}") int parallelism) {
        this.jobs = jobs;
        this.tree = tree;
        this.applier = applier;
        this.freshness = freshness;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, parallelism),
                r -> daemon(r, "unit-import-" + n.incrementAndGet()));
    }

    /** Queues the (stored) job; its rows are computed when it starts. */
    void start(UnitImportJob job, Caller caller, UnitImports.RowSource rows) {
        queue.submit(() -> CurrentCaller.runAs(caller, () -> new Run(job).run(rows)));
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
        workers.shutdownNow();
    }

    /** One job while it runs. */
    private final class Run {
        private final ImportProgress progress;
        private volatile UnitImportJob job;
        private volatile long lastFlush = System.nanoTime();

        Run(UnitImportJob job) {
            this.job = job;
            this.progress = new ImportProgress(job.jobId());
        }

        void run(UnitImports.RowSource source) {
            try {
                long started = System.nanoTime();
                save(job.started(clock.instant()));
                Map<String, UnitView> snapshot = tree.snapshot();
                ImportPlanner.Plan plan = ImportPlanner.plan(source.apply(snapshot), snapshot, job.effectiveOn());
                progress.planned(plan);
                long planned = System.nanoTime();
                save(job.planned(plan.total(), millis(started, planned)).counted(progress.counts()));

                applyByDepth(plan);
                long applied = System.nanoTime();
                save(job.applied(millis(planned, applied)).counted(progress.counts()));

                boolean current = freshness.awaitCurrent(VIEW_WAIT);
                long projected = System.nanoTime();
                save(job.counted(progress.counts()).ended(Status.DONE, clock.instant(), progress.reported(),
                        progress.omitted(), millis(applied, projected), current, null));
                log.info("Unit import {}: {} rows, {}; planned in {} ms, applied in {} ms, projected in {} ms",
                        job.jobId(), job.total(), progress.counts(), millis(started, planned),
                        millis(planned, applied), millis(applied, projected));
            } catch (Throwable e) {
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                log.error("Unit import {} failed", job.jobId(), e);
                flushChanges();
                save(job.counted(progress.counts()).ended(Status.FAILED, clock.instant(), progress.reported(),
                        job.rejectionsOmitted(), job.projectingMillis(), job.viewsCurrent(),
                        e instanceof ExecutionException ? String.valueOf(e.getCause()) : String.valueOf(e)));
            }
        }

        /** Parents first: the steps of one depth in parallel, the next depth once they are all done. */
        private void applyByDepth(ImportPlanner.Plan plan) throws InterruptedException, ExecutionException {
            TreeMap<Integer, List<ImportPlanner.Step>> byDepth = new TreeMap<>();
            for (ImportPlanner.Step step : plan.steps()) {
                if (!step.unchanged()) byDepth.computeIfAbsent(step.depth(), d -> new ArrayList<>()).add(step);
            }
            Caller caller = CurrentCaller.get().orElse(null);
            for (List<ImportPlanner.Step> level : byDepth.values()) {
                List<Future<?>> pending = new ArrayList<>(level.size());
                for (ImportPlanner.Step step : level) {
                    pending.add(workers.submit(() -> CurrentCaller.runAs(caller, () -> {
                        applier.apply(progress, step);
                        maybeFlush();
                    })));
                }
                for (Future<?> future : pending) future.get();
                flushChanges();
            }
        }

        private void maybeFlush() {
            long now = System.nanoTime();
            synchronized (this) {
                if (now - lastFlush < FLUSH_NANOS) return;
                lastFlush = now;
            }
            save(job.counted(progress.counts()));
            flushChanges();
        }

        private void flushChanges() {
            List<UnitImportChange> batch = progress.drainChanges();
            if (!batch.isEmpty()) jobs.addChanges(batch);
        }

        private synchronized void save(UnitImportJob next) {
            job = next;
            jobs.save(next);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
