package vn.thidua.contracts;

import java.time.Instant;

/** The registering unit withdrew the model; it no longer counts. */
public record ModelWithdrawn(String modelId,
                             String campaignId,
                             String unitId,
                             String reason,
                             Actor actor,
                             Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return modelId;
    }
}
