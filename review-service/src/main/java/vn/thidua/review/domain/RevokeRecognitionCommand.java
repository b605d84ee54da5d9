package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority revokes a recognition (thu hồi công nhận), with reasons. */
public record RevokeRecognitionCommand(@TargetAggregateIdentifier String reviewCaseId, String revokedByUnitId, java.time.LocalDate decidedOn, String decisionNumber, java.util.List<String> reasons) {
}
