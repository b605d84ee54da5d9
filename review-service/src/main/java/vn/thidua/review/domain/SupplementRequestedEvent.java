package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplementRequestedEvent(CaseRef ref, String requestId, String request, java.time.LocalDate dueOn) {
}
