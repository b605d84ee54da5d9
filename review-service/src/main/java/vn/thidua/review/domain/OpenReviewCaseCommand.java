package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the review case (hồ sơ xét công nhận) of a newly registered model. */
public record OpenReviewCaseCommand(@TargetAggregateIdentifier String reviewCaseId, String modelId, String campaignId,
                                    String unitId) {
}
