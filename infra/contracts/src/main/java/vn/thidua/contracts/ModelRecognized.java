package vn.thidua.contracts;

import java.time.LocalDate;
import java.time.Instant;

/**
 * The review concluded: the model is recognized (công nhận mô hình) by {@code recognizedByUnitId}. Added later
 * (additively): the decision (quyết định công nhận): its number, date, signer and level; null on earlier events.
 */
public record ModelRecognized(String reviewCaseId, String modelId, String campaignId, String unitId,
                              String recognizedByUnitId, String decisionNumber, LocalDate decidedOn,
                              String signer, String level, Actor actor, Instant occurredAt)
        implements IntegrationEvent {

    /** The first published shape: only the properties every version carries. */
    public ModelRecognized(String reviewCaseId, String modelId, String campaignId, String unitId,
                           String recognizedByUnitId, Actor actor, Instant occurredAt) {
        this(reviewCaseId, modelId, campaignId, unitId, recognizedByUnitId, null, null, null, null, actor, occurredAt);
    }

    @Override
    public String subject() {
        return reviewCaseId;
    }
}
