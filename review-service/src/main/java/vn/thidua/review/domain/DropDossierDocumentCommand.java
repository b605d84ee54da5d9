package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A document left the model's dossier at registration. */
public record DropDossierDocumentCommand(@TargetAggregateIdentifier String reviewCaseId, String documentId) {
}
