package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The model's registration was amended: the case shows the new title, field and confirmation need. */
public record NoteModelAmendedCommand(@TargetAggregateIdentifier String reviewCaseId, String title, String field, boolean contentConfirmationRequired, java.time.LocalDate amendedOn) {
}
