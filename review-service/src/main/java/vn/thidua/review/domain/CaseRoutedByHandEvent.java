package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseRoutedByHandEvent(CaseRef ref, String authorityUnitId, String reason) {
}
