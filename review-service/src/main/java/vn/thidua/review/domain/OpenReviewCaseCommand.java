package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the review case (hồ sơ xét công nhận) of a newly registered model, routed to its authority
 * ({@code routing}), or without one ({@code null}: the board routes it by hand; {@code unroutedReason} says why).
 */
public record OpenReviewCaseCommand(@TargetAggregateIdentifier String reviewCaseId, String modelId, String campaignId,
                                    String unitId, String title, String field, boolean contentConfirmationRequired,
                                    Routing routing, String unroutedReason, String registrantKind) {

    public OpenReviewCaseCommand(String reviewCaseId, String modelId, String campaignId, String unitId, String title,
                                 String field, boolean contentConfirmationRequired, Routing routing,
                                 String unroutedReason) {
        this(reviewCaseId, modelId, campaignId, unitId, title, field, contentConfirmationRequired, routing,
                unroutedReason, null);
    }

    public OpenReviewCaseCommand(String reviewCaseId, String modelId, String campaignId, String unitId) {
        this(reviewCaseId, modelId, campaignId, unitId, null, null, false, null, null, null);
    }
}
