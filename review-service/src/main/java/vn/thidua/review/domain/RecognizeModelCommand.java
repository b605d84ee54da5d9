package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Công nhận điển hình: the competent authority recognises the model as typical, by a decision. */
public record RecognizeModelCommand(@TargetAggregateIdentifier String reviewCaseId, String recognizedByUnitId,
                                    RecognitionDecision decision) {
}
