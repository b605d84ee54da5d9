package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecognitionDeclinedEvent(CaseRef ref, String declinedByUnitId, java.time.LocalDate decidedOn, java.util.List<String> reasons) {
}
