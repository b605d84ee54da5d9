package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecognitionRevokedEvent(CaseRef ref, String revokedByUnitId, java.time.LocalDate decidedOn, String decisionNumber, java.util.List<String> reasons) {
}
