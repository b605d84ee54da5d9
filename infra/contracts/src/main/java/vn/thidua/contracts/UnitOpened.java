package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit of the organisation tree came into being (or was imported). Reporting counts it in coverage denominators from openedOn. */
public record UnitOpened(String unitId,
                         String parentId,
                         String kind,
                         String level,
                         String name,
                         String fullName,
                         List<String> groups,
                         LocalDate openedOn,
                         Actor actor,
                         Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return unitId;
    }
}
