package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplementReceivedEvent(CaseRef ref, String requestId, String receivedAs, String documentId, java.time.LocalDate receivedOn, boolean late) {
}
