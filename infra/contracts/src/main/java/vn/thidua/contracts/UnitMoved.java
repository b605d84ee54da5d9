package vn.thidua.contracts;

import java.time.Instant;

/** A unit was moved under another parent (its subtree moves with it). */
public record UnitMoved(String unitId,
                        String fromParentId,
                        String toParentId,
                        Actor actor,
                        Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return unitId;
    }
}
