package vn.thidua.registration.application.unit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The port where import jobs and the changes they applied are kept. */
public interface UnitImportJobs {

    /** Inserts or replaces the job. */
    void save(UnitImportJob job);

    Optional<UnitImportJob> find(String jobId);

    /** The most recent jobs first, without their rejections. */
    List<UnitImportJob> recent(int limit);

    void addChanges(List<UnitImportChange> changes);

    /** A job's changes in the order applied. */
    List<UnitImportChange> changes(String jobId, int offset, int limit);

    /** Marks every queued or running job interrupted. */
    void interruptUnfinished(Instant at, String failure);
}
