package vn.thidua.contracts;

import java.time.Instant;

/** The directly managing unit confirmed the concrete content of an "other"-field model (lĩnh vực khác); from now on it counts. */
public record ModelContentConfirmed(String modelId,
                                    String campaignId,
                                    String confirmedByUnitId,
                                    Actor actor,
                                    Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return modelId;
    }
}
