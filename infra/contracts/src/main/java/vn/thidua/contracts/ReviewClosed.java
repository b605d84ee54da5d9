package vn.thidua.contracts;

import java.time.Instant;

/** The review case closed without a decision (đóng hồ sơ): {@code closedBecause} WITHDRAWN when the model was withdrawn. */
public record ReviewClosed(String reviewCaseId, String modelId, String campaignId, String unitId,
                           String closedBecause, String reason, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
