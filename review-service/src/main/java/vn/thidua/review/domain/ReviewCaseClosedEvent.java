package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReviewCaseClosedEvent(CaseRef ref, String closedBecause, String reason) {
}
