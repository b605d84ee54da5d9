package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseContentConfirmedEvent(CaseRef ref) {
}
