package vn.thidua.contracts;

import java.time.Instant;

/** A unit changed its name. */
public record UnitRenamed(String unitId,
                          String name,
                          String fullName,
                          Actor actor,
                          Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return unitId;
    }
}
