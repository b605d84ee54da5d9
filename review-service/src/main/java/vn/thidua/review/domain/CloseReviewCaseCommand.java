package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The model was withdrawn: its case closes (đóng hồ sơ). */
public record CloseReviewCaseCommand(@TargetAggregateIdentifier String reviewCaseId, String reason) {
}
