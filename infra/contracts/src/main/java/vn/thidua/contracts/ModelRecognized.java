package vn.thidua.contracts;

import java.time.Instant;

/** The review concluded: the model is recognized (công nhận mô hình) by {@code recognizedByUnitId}. */
public record ModelRecognized(String reviewCaseId, String modelId, String campaignId, String unitId,
                              String recognizedByUnitId, Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
