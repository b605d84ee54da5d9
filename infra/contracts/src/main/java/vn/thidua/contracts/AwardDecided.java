package vn.thidua.contracts;

import java.time.Instant;

/**
 * An award proposal was decided (quyết định khen thưởng). {@code decisionNumber} (số quyết định) may be
 * null, typically when rejected.
 */
public record AwardDecided(String proposalId, String modelId, String campaignId, String unitId,
                           AwardForm awardForm, AwardOutcome outcome, String decisionNumber,
                           Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return proposalId;
    }
}
