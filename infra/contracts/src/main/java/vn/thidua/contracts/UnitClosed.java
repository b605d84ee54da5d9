package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A unit closed, e.g. a commune merged into its successor; it leaves coverage denominators after closedOn. */
public record UnitClosed(String unitId,
                         LocalDate closedOn,
                         String successorId,
                         Actor actor,
                         Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return unitId;
    }
}
