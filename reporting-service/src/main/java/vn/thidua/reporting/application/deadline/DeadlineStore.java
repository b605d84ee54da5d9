package vn.thidua.reporting.application.deadline;

import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineChange;

import java.util.List;

/** The deadlines projection (port; MongoDB in production): items set by events, folded in any order. */
public interface DeadlineStore {

    /** A store that keeps nothing (for projections built without deadlines). */
    DeadlineStore NONE = new DeadlineStore() {
        @Override
        public void applyAll(List<DeadlineChange> changes) {
        }

        @Override
        public List<Deadline> items() {
            return List.of();
        }
    };

    /** Folds the changes: a due change sets the item's facts, a clearing its earliest clearing time. Idempotent. */
    void applyAll(List<DeadlineChange> changes);

    /** Every item whose due change has arrived, cleared or not. */
    List<Deadline> items();
}
