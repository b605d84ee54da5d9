package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierDocumentNotedEvent(CaseRef ref, String documentId, String kind, String fileName) {
}
