package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierDocumentDroppedEvent(CaseRef ref, String documentId) {
}
