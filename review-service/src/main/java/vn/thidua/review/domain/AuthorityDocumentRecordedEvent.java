package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

/** An authority document joined the dossier; {@code file} is null for documents recorded by reference only, which the dossier does not count. */
@Revision("1")
public record AuthorityDocumentRecordedEvent(CaseRef ref, AuthorityDocumentKind kind, String reference,
                                             java.time.LocalDate issuedOn, StoredFile file) {
}
