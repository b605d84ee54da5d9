package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority declines to recognise the model (không công nhận), with reasons. */
public record DeclineRecognitionCommand(@TargetAggregateIdentifier String reviewCaseId, String declinedByUnitId, java.time.LocalDate decidedOn, java.util.List<String> reasons) {
}
