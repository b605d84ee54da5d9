package vn.thidua.contracts;

import java.time.Instant;
import java.util.List;

/** The authority assessed a comprehensive model against its criteria; {@code score} of them are met. */
public record CriteriaAssessed(String reviewCaseId, String modelId, String campaignId, String unitId,
                               List<CriterionAssessment> criteria, int score, int maxScore, Actor actor,
                               Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
