package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The managing unit confirmed an "other"-field model's content. */
public record NoteContentConfirmedCommand(@TargetAggregateIdentifier String reviewCaseId) {
}
