package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recognition was revoked (thu hồi công nhận), with its reasons: the model is no longer typical nor eligible. */
public record RecognitionRevoked(String reviewCaseId, String modelId, String campaignId, String unitId,
                                 String revokedByUnitId, LocalDate decidedOn, String decisionNumber,
                                 List<String> reasons, Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
