package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseModelAmendedEvent(CaseRef ref, String title, String field, boolean contentConfirmationRequired) {
}
