package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

/** The properties after {@code unitId} were added later: events stored before them read back as null/false. */
@Revision("1")
public record ReviewCaseOpenedEvent(String reviewCaseId, String modelId, String campaignId, String unitId,
                                    String title, String field, boolean contentConfirmationRequired,
                                    String authorityUnitId, Integer routingRule, String routingReason,
                                    String registrantKind) {

    public ReviewCaseOpenedEvent(String reviewCaseId, String modelId, String campaignId, String unitId, String title,
                                 String field, boolean contentConfirmationRequired, String authorityUnitId,
                                 Integer routingRule, String routingReason) {
        this(reviewCaseId, modelId, campaignId, unitId, title, field, contentConfirmationRequired, authorityUnitId,
                routingRule, routingReason, null);
    }

    public ReviewCaseOpenedEvent(String reviewCaseId, String modelId, String campaignId, String unitId) {
        this(reviewCaseId, modelId, campaignId, unitId, null, null, false, null, null, null, null);
    }

    public CaseRef ref() {
        return new CaseRef(reviewCaseId, modelId, campaignId, unitId);
    }
}
