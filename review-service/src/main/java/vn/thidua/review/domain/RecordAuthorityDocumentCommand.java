package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority records a document it produced for the recognition dossier (minutes, submission), its file already stored. */
public record RecordAuthorityDocumentCommand(@TargetAggregateIdentifier String reviewCaseId, AuthorityDocumentKind kind,
                                             String reference, java.time.LocalDate issuedOn, StoredFile file,
                                             java.time.LocalDate today) {
}
