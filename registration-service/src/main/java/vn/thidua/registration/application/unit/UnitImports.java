package vn.thidua.registration.application.unit;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.ReclassifyUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports organisation-tree rows as asynchronous jobs, one job at a time (each is checked against the tree as
 * the previous one left it). A job: plans (see {@link ImportPlanner}); applies the planned commands, parents
 * before children, rows of one depth in parallel ({@code thidua.units.import.parallelism}, default 4); then
 * waits until the {@code units} view has projected every event stored so far, so that a finished job's changes
 * are visible. Progress and report are kept in the {@code unit_imports} collection, the changes applied in
 * {@code unit_import_changes}. Re-importing the same rows changes nothing: unchanged rows issue no command.
 * The job's commands carry the caller who submitted it (or the system caller), like any other command.
 */
@Service
public class UnitImports {

    private static final Logger log = LoggerFactory.getLogger(UnitImports.class);
    /** Kept in the job document; beyond it the report says how many were left out. */
    public static final int MAX_REPORTED_REJECTIONS = 5_000;
    private static final Duration VIEW_WAIT = Duration.ofMinutes(10);

    /** Where a job's rows come from: computed when the job starts, against the tree as it is then. */
    @FunctionalInterface
    public interface RowSource extends Function<Map<String, UnitView>, List<UnitRow>> {
    }

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final UnitViewFreshness freshness;
    private final int parallelism;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> daemon(r, "unit-import"));
    private final ExecutorService workers;

    /** Imports configure the reference tree: the administrator's (or the service's own). */
    void requireAdministrator() {
        guard.requireRole(Role.ADMINISTRATOR);
    }

    private final AccessGuard guard;

    public UnitImports(MongoTemplate mongo, CommandGateway commands, UnitViewFreshness freshness,
                       @Value("${thidua.units.import.parallelism:4}") int parallelism, AccessGuard guard) {
        this.guard = guard;
        this.mongo = mongo;
        this.commands = commands;
        this.freshness = freshness;
        this.parallelism = Math.max(1, parallelism);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(this.parallelism, r -> daemon(r, "unit-import-" + n.incrementAndGet()));
    }

    /** Reads the file now (a broken file is refused with {@link UnitFileRejected}, nothing queued) and queues its rows. */
    public UnitImportJob submitFile(String fileName, byte[] content, LocalDate effectiveOn) {
        requireAdministrator();
        UnitFileReader.UnitFile file = UnitFileReader.read(fileName, content);
        List<UnitRow> rows = file.rows();
        return submit(UnitImportJob.KIND_FILE, fileName == null || fileName.isBlank() ? "upload" : fileName,
                file.format(), effectiveOn, tree -> rows);
    }

    /** Queues rows made by the application (e.g. {@link DemoUnits}), through the same checks as a file. */
    public UnitImportJob submitRows(String source, List<UnitRow> rows, LocalDate effectiveOn) {
        List<UnitRow> copy = List.copyOf(rows);
        return submit(UnitImportJob.KIND_ROWS, source, "rows", effectiveOn, tree -> copy);
    }

    /**
     * Queues a job.
     *
     * @param effectiveOn opening date for rows without opened_on; today (Vietnam) when null
     */
    public UnitImportJob submit(String kind, String source, String format, LocalDate effectiveOn, RowSource rows) {
        requireAdministrator();
        LocalDate effective = effectiveOn != null ? effectiveOn : UnitTree.today();
        String jobId = UUID.randomUUID().toString();
        Caller caller = CurrentCaller.get().orElse(Caller.system("registration-service", "unit-import-" + jobId));
        UnitImportJob job = new UnitImportJob(jobId, kind, source, format, effective, UnitImportJob.QUEUED, null,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), 0, Instant.now(), null, null, null, null, null, null,
                caller.userId(), null);
        mongo.insert(job);
        jobs.submit(() -> CurrentCaller.runAs(caller, () -> run(jobId, effective, rows)));
        return job;
    }

    public UnitImportJob job(String jobId) {
        requireAdministrator();
        UnitImportJob job = jobId == null ? null : mongo.findById(jobId, UnitImportJob.class);
        if (job == null) throw new NotFound("lượt nhập đơn vị", "unit import", jobId);
        return job;
    }

    /** The most recent jobs first. */
    public List<UnitImportJob> recent(int limit) {
        requireAdministrator();
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "submittedAt")).limit(limit);
        query.fields().exclude("rejections");
        return mongo.find(query, UnitImportJob.class);
    }

    /** The changes a job applied, in the order applied. */
    public List<UnitImportChange> changes(String jobId, int offset, int limit) {
        job(jobId);
        return mongo.find(Query.query(Criteria.where("jobId").is(jobId)).with(Sort.by("seq"))
                .skip(Math.max(0, offset)).limit(Math.max(1, Math.min(limit, 5_000))), UnitImportChange.class);
    }

    /** Waits until the job has finished (for callers that import as one step of a longer task). */
    public UnitImportJob await(String jobId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        UnitImportJob job = job(jobId);
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            job = job(jobId);
        }
        return job;
    }

    /** The whole tree as the view has it, by code. */
    public Map<String, UnitView> snapshot() {
        Map<String, UnitView> tree = new HashMap<>();
        mongo.findAll(UnitView.class).forEach(u -> tree.put(u.unitId(), u));
        return tree;
    }

    /** Jobs that were queued or running when the service stopped will not continue. */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        mongo.updateMulti(Query.query(Criteria.where("status").in(UnitImportJob.QUEUED, UnitImportJob.RUNNING)),
                new Update().set("status", UnitImportJob.INTERRUPTED).set("finishedAt", Instant.now())
                        .set("failure", "The service restarted during the import; import again (it is idempotent)"),
                UnitImportJob.class);
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
        workers.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------ running a job

    private void run(String jobId, LocalDate effectiveOn, RowSource source) {
        Run run = new Run(jobId);
        try {
            long started = System.nanoTime();
            update(jobId, new Update().set("status", UnitImportJob.RUNNING).set("phase", UnitImportJob.PLANNING)
                    .set("startedAt", Instant.now()));
            Map<String, UnitView> tree = snapshot();
            List<UnitRow> rows = source.apply(tree);
            ImportPlanner.Plan plan = ImportPlanner.plan(rows, tree, effectiveOn);
            run.total = plan.total();
            run.rejections.addAll(plan.rejections());
            run.rejected.set(plan.rejections().size());
            run.unchanged.set((int) plan.unchanged());
            run.processed.set(plan.rejections().size() + (int) plan.unchanged());
            long planned = System.nanoTime();
            update(jobId, run.progress().set("phase", UnitImportJob.APPLYING).set("total", run.total)
                    .set("planningMillis", millis(started, planned)));

            TreeMap<Integer, List<ImportPlanner.Step>> byDepth = new TreeMap<>();
            for (ImportPlanner.Step step : plan.steps()) {
                if (!step.unchanged()) byDepth.computeIfAbsent(step.depth(), d -> new ArrayList<>()).add(step);
            }
            Caller caller = CurrentCaller.get().orElse(null);
            for (List<ImportPlanner.Step> level : byDepth.values()) {
                List<Future<?>> pending = new ArrayList<>(level.size());
                for (ImportPlanner.Step step : level) {
                    pending.add(workers.submit(() -> CurrentCaller.runAs(caller, () -> apply(run, step))));
                }
                for (Future<?> future : pending) future.get();
                run.flushChanges(mongo);
            }
            long applied = System.nanoTime();
            update(jobId, run.progress().set("phase", UnitImportJob.PROJECTING)
                    .set("applyingMillis", millis(planned, applied)));

            boolean current = freshness.awaitCurrent(VIEW_WAIT);
            long projected = System.nanoTime();
            update(jobId, run.progress().set("status", UnitImportJob.DONE).unset("phase")
                    .set("projectingMillis", millis(applied, projected)).set("viewsCurrent", current)
                    .set("finishedAt", Instant.now()).set("rejections", run.reported())
                    .set("rejectionsOmitted", Math.max(0, run.rejections.size() - MAX_REPORTED_REJECTIONS)));
            log.info("Unit import {}: {} rows, {} applied, {} unchanged, {} rejected; planned in {} ms, applied in {} ms, projected in {} ms",
                    jobId, run.total, run.applied, run.unchanged, run.rejected, millis(started, planned),
                    millis(planned, applied), millis(applied, projected));
        } catch (Throwable e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            log.error("Unit import {} failed", jobId, e);
            run.flushChanges(mongo);
            update(jobId, run.progress().set("status", UnitImportJob.FAILED).unset("phase")
                    .set("finishedAt", Instant.now()).set("rejections", run.reported())
                    .set("failure", e instanceof ExecutionException ? String.valueOf(e.getCause()) : String.valueOf(e)));
        }
    }

    private void apply(Run run, ImportPlanner.Step step) {
        String parent = step.row().parentCode() == null ? null : step.row().parentCode().strip();
        if (parent != null && run.failedOpens.contains(parent)) {
            if (step.commands().get(0) instanceof OpenUnitCommand) run.failedOpens.add(step.code());
            run.reject(step, "parent-not-imported", "đơn vị cấp trên " + parent + " không nhập được",
                    "parent " + parent + " could not be imported");
            return;
        }
        List<String> doneVi = new ArrayList<>();
        List<String> doneEn = new ArrayList<>();
        for (Object command : step.commands()) {
            try {
                commands.sendAndWait(command);
            } catch (RuntimeException e) {
                if (command instanceof OpenUnitCommand) run.failedOpens.add(step.code());
                String[] reason = reason(e);
                String prefixVi = doneVi.isEmpty() ? "" : "đã " + String.join(", ", doneVi) + "; ";
                String prefixEn = doneEn.isEmpty() ? "" : "already " + String.join(", ", doneEn) + "; ";
                run.reject(step, reason[0], prefixVi + reason[1], prefixEn + reason[2]);
                return;
            }
            run.changed(step, command);
            doneVi.add(actionVi(command));
            doneEn.add(actionName(command).toLowerCase());
        }
        run.applied.incrementAndGet();
        run.processed.incrementAndGet();
        run.maybeFlush(this);
    }

    private void update(String jobId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), update, UnitImportJob.class);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    static String actionName(Object command) {
        if (command instanceof OpenUnitCommand) return "OPENED";
        if (command instanceof RenameUnitCommand) return "RENAMED";
        if (command instanceof MoveUnitCommand) return "MOVED";
        if (command instanceof ReclassifyUnitCommand) return "RECLASSIFIED";
        if (command instanceof CloseUnitCommand) return "CLOSED";
        return command.getClass().getSimpleName();
    }

    private static String actionVi(Object command) {
        if (command instanceof OpenUnitCommand) return "thành lập";
        if (command instanceof RenameUnitCommand) return "đổi tên";
        if (command instanceof MoveUnitCommand) return "chuyển";
        if (command instanceof ReclassifyUnitCommand) return "đổi loại";
        if (command instanceof CloseUnitCommand) return "giải thể";
        return command.getClass().getSimpleName();
    }

    private static String detail(Object command) {
        if (command instanceof OpenUnitCommand c) {
            return c.fullName() + (c.parentId() == null ? "" : " ← " + c.parentId()) + ", " + c.openedOn();
        }
        if (command instanceof RenameUnitCommand c) return c.fullName();
        if (command instanceof MoveUnitCommand c) return "→ " + c.parentId();
        if (command instanceof ReclassifyUnitCommand c) return c.level() + " / " + c.kind() + " " + c.groups();
        if (command instanceof CloseUnitCommand c) {
            return c.closedOn() + (c.successorId() == null ? "" : " → " + c.successorId());
        }
        return "";
    }

    /** Why a command failed, in a word and in Vietnamese and English. */
    static String[] reason(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 6; depth++, cause = cause.getCause()) {
            if (cause instanceof RuleViolation rule) {
                String fieldsVi = rule.fields().stream().map(f -> f.field() + " " + f.messageVi()).collect(Collectors.joining(", "));
                String fieldsEn = rule.fields().stream().map(f -> f.field() + " " + f.messageEn()).collect(Collectors.joining(", "));
                return new String[] {rule.code(), rule.messageVi() + (fieldsVi.isEmpty() ? "" : ": " + fieldsVi),
                        rule.messageEn() + (fieldsEn.isEmpty() ? "" : ": " + fieldsEn)};
            }
            String name = cause.getClass().getSimpleName();
            if (name.equals("AggregateStreamCreationException") || name.equals("ConcurrencyException")) {
                return new String[] {"concurrent-change", "đơn vị đã tồn tại hoặc vừa được thay đổi đồng thời",
                        "the unit already exists or was changed at the same time"};
            }
            if (name.equals("AggregateNotFoundException")) {
                return new String[] {"not-in-event-store", "đơn vị có trong bảng xem nhưng không có trong kho sự kiện",
                        "the unit is in the view but not in the event store"};
            }
        }
        return new String[] {"apply-failed", "không áp dụng được (" + failure.getClass().getSimpleName() + ")",
                "could not be applied (" + failure.getClass().getSimpleName() + ")"};
    }

    /** The mutable state of one running job. */
    private static final class Run {
        final String jobId;
        int total;
        final AtomicInteger processed = new AtomicInteger();
        final AtomicInteger applied = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final Map<String, AtomicInteger> actions = new ConcurrentHashMap<>();
        final List<ImportPlanner.Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
        final Set<String> failedOpens = ConcurrentHashMap.newKeySet();
        final List<UnitImportChange> changes = new ArrayList<>();
        final AtomicInteger seq = new AtomicInteger();
        volatile long lastFlush = System.nanoTime();

        Run(String jobId) {
            this.jobId = jobId;
        }

        void reject(ImportPlanner.Step step, String reason, String vi, String en) {
            rejections.add(new ImportPlanner.Rejection(step.row().line(), step.code(), reason, vi, en));
            rejected.incrementAndGet();
            processed.incrementAndGet();
        }

        void changed(ImportPlanner.Step step, Object command) {
            String action = actionName(command);
            actions.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
            synchronized (changes) {
                changes.add(new UnitImportChange(jobId + ":" + seq.incrementAndGet(), jobId, seq.get(),
                        step.row().line(), step.code(), action, detail(command)));
            }
        }

        int action(String name) {
            AtomicInteger count = actions.get(name);
            return count == null ? 0 : count.get();
        }

        Update progress() {
            return new Update().set("processed", processed.get()).set("applied", applied.get())
                    .set("unchanged", unchanged.get()).set("rejected", rejected.get())
                    .set("opened", action("OPENED")).set("renamed", action("RENAMED")).set("moved", action("MOVED"))
                    .set("reclassified", action("RECLASSIFIED")).set("closed", action("CLOSED"));
        }

        /** Progress is written at most twice a second. */
        void maybeFlush(UnitImports imports) {
            long now = System.nanoTime();
            if (now - lastFlush < 500_000_000L) return;
            synchronized (this) {
                if (now - lastFlush < 500_000_000L) return;
                lastFlush = now;
            }
            imports.update(jobId, progress());
            flushChanges(imports.mongo);
        }

        void flushChanges(MongoTemplate mongo) {
            List<UnitImportChange> batch;
            synchronized (changes) {
                if (changes.isEmpty()) return;
                batch = new ArrayList<>(changes);
                changes.clear();
            }
            mongo.insert(batch, UnitImportChange.class);
        }

        List<ImportPlanner.Rejection> reported() {
            List<ImportPlanner.Rejection> sorted;
            synchronized (rejections) {
                sorted = new ArrayList<>(rejections);
            }
            sorted.sort(Comparator.comparing((ImportPlanner.Rejection r) -> r.line() == null ? Integer.MAX_VALUE : r.line())
                    .thenComparing(r -> String.valueOf(r.code())));
            return sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED_REJECTIONS));
        }
    }
}
