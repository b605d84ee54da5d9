package vn.thidua.registration.application.unit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.registration.application.unit.UnitImportJob.Kind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Imports organisation-tree rows as asynchronous jobs (run by {@link UnitImportRunner}): a file, a bundled
 * reference tree, or rows made by the application. Imports configure the reference tree: the administrator's.
 * Re-importing the same rows changes nothing: unchanged rows issue no command.
 */
@Service
public class UnitImports {

    /** Where a job's rows come from: computed when the job starts, against the tree as it is then. */
    @FunctionalInterface
    public interface RowSource extends Function<Map<String, UnitView>, List<UnitRow>> {
    }

    private final UnitImportJobs jobs;
    private final UnitImportRunner runner;
    private final UnitFileParser files;
    private final ReferenceTrees references;
    private final AccessGuard guard;
    private final Clock clock;

    public UnitImports(UnitImportJobs jobs, UnitImportRunner runner, UnitFileParser files, ReferenceTrees references,
                       AccessGuard guard, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.files = files;
        this.references = references;
        this.guard = guard;
        this.clock = clock;
    }

    void requireAdministrator() {
        guard.requireRole(Role.ADMINISTRATOR);
    }

    /** Reads the file now (a broken file is refused with a 400, nothing queued) and queues its rows. */
    public UnitImportJob submitFile(String fileName, byte[] content, LocalDate effectiveOn) {
        requireAdministrator();
        UnitFileParser.UnitFile file = files.read(fileName, content);
        List<UnitRow> rows = file.rows();
        return submit(Kind.FILE, fileName == null || fileName.isBlank() ? "upload" : fileName, file.format(),
                effectiveOn, tree -> rows);
    }

    /** Queues a bundled reference tree, its units opened on the tree's own date. */
    public UnitImportJob submitReference(String name) {
        requireAdministrator();
        ReferenceTrees.ReferenceTree tree = references.tree(name);
        return submit(Kind.REFERENCE, tree.name(), "csv", tree.effectiveOn(), current -> references.rows(tree.name()));
    }

    /** Queues rows made by the application (e.g. demo units), through the same checks as a file. */
    public UnitImportJob submitRows(String source, List<UnitRow> rows, LocalDate effectiveOn) {
        List<UnitRow> copy = List.copyOf(rows);
        return submit(Kind.ROWS, source, "rows", effectiveOn, tree -> copy);
    }

    /**
     * Queues a job.
     *
     * @param effectiveOn opening date for rows without opened_on; today (Vietnam) when null
     */
    UnitImportJob submit(Kind kind, String source, String format, LocalDate effectiveOn, RowSource rows) {
        requireAdministrator();
        String jobId = UUID.randomUUID().toString();
        Caller caller = CurrentCaller.get().orElse(Caller.system("registration-service", "unit-import-" + jobId));
        UnitImportJob job = UnitImportJob.queued(jobId, kind, source, format,
                effectiveOn != null ? effectiveOn : VietnamTime.today(clock), clock.instant(),
                caller.userId());
        jobs.save(job);
        runner.start(job, caller, rows);
        return job;
    }

    public UnitImportJob job(String jobId) {
        requireAdministrator();
        Optional<UnitImportJob> job = jobId == null ? Optional.empty() : jobs.find(jobId);
        return job.orElseThrow(() -> NotFound.referenceData("lượt nhập đơn vị", "unit import", jobId));
    }

    /** The most recent jobs first. */
    public List<UnitImportJob> recent(int limit) {
        requireAdministrator();
        return jobs.recent(limit);
    }

    /** The changes a job applied, in the order applied. */
    public List<UnitImportChange> changes(String jobId, int offset, int limit) {
        job(jobId);
        return jobs.changes(jobId, Math.max(0, offset), Math.max(1, Math.min(limit, 5_000)));
    }

    /** Jobs that were queued or running when the service stopped will not continue. */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        jobs.interruptUnfinished(clock.instant(),
                "The service restarted during the import; import again (it is idempotent)");
    }
}
