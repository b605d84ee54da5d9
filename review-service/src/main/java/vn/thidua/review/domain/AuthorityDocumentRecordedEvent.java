package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AuthorityDocumentRecordedEvent(CaseRef ref, AuthorityDocumentKind kind, String reference, java.time.LocalDate issuedOn) {
}
