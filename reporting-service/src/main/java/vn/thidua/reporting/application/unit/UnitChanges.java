package vn.thidua.reporting.application.unit;

import vn.thidua.platform.time.VietnamTime;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.contracts.UnitReclassified;
import vn.thidua.contracts.UnitRenamed;
import vn.thidua.reporting.application.EventChanges;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.time.Instant;
import java.util.Optional;

/** Translates the organisation-tree events of the published language into what the unit projection folds. */
public final class UnitChanges {

    private UnitChanges() {
    }

    /**
     * @return empty for an event not about a unit of the tree
     * @throws IllegalArgumentException for a tree event that lacks what the projection needs
     */
    public static Optional<UnitChange> of(IntegrationEvent event, Instant fallbackTime) {
        try {
            if (event instanceof UnitOpened e) {
                return Optional.of(new UnitChange.Opened(e.unitId(), e.parentId(), e.kind(), e.level(), e.name(),
                        e.fullName(), e.groups(), e.openedOn(), EventChanges.time(e.occurredAt(), fallbackTime)));
            }
            if (event instanceof UnitRenamed e) {
                return Optional.of(new UnitChange.Renamed(e.unitId(), e.name(), e.fullName(),
                        EventChanges.time(e.occurredAt(), fallbackTime)));
            }
            if (event instanceof UnitReclassified e) {
                return Optional.of(new UnitChange.Reclassified(e.unitId(), e.kind(), e.level(), e.groups(),
                        EventChanges.time(e.occurredAt(), fallbackTime)));
            }
            if (event instanceof UnitMoved e) {
                Instant at = EventChanges.time(e.occurredAt(), fallbackTime);
                return Optional.of(new UnitChange.Moved(e.unitId(), e.toParentId(), VietnamTime.dateOf(at), at));
            }
            if (event instanceof UnitClosed e) {
                return Optional.of(new UnitChange.Closed(e.unitId(), e.closedOn(), e.successorId(),
                        EventChanges.time(e.occurredAt(), fallbackTime)));
            }
            return Optional.empty();
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("Malformed " + event.getClass().getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }
}
