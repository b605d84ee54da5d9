package vn.thidua.reporting.application.deadline;

import vn.thidua.reporting.application.ProjectionBatch;
import vn.thidua.reporting.application.ProjectionBatchWriter;
import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineChange;

import java.util.List;

/** The deadlines projection (port; MongoDB in production): items set by events, folded in any order. */
public interface DeadlineStore extends ProjectionBatchWriter {

    @Override
    default void write(ProjectionBatch batch) {
        applyAll(batch.deadlines());
    }

    /** Folds the changes: a due change sets the item's facts, a clearing its earliest clearing time. Idempotent. */
    void applyAll(List<DeadlineChange> changes);

    /** Every item whose due change has arrived, cleared or not. */
    List<Deadline> items();
}
