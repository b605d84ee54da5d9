package vn.thidua.contracts;

import java.time.Instant;

/** A board officer routed a review case by hand to {@code authorityUnitId}, with a reason (định tuyến thủ công). */
public record ReviewRoutedByHand(String reviewCaseId, String modelId, String campaignId, String unitId,
                                 String authorityUnitId, String reason, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
