package vn.thidua.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A unit's kind, level or groups changed (phân loại lại), e.g. a re-imported tree says a village is a residential
 * quarter now. Reporting counts it by its new classification in the coverage targets from then on.
 */
public record UnitReclassified(String unitId,
                               String kind,
                               String level,
                               List<String> groups,
                               Actor actor,
                               Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return unitId;
    }
}
