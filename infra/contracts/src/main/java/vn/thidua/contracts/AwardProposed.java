package vn.thidua.contracts;

import java.time.Instant;

/** An award was proposed (đề nghị khen thưởng) for a recognized model. {@code reason} may be null. */
public record AwardProposed(String proposalId, String modelId, String campaignId, String unitId,
                            AwardForm awardForm, String reason, Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return proposalId;
    }
}
