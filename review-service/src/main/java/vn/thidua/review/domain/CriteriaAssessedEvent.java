package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CriteriaAssessedEvent(CaseRef ref, java.util.List<CriterionMark> criteria, int score, int maxScore) {
}
