package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A document entered the model's dossier at registration (kind as registration names it). */
public record NoteDossierDocumentCommand(@TargetAggregateIdentifier String reviewCaseId, String documentId, String kind, String fileName, java.time.LocalDate attachedOn) {
}
