package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SurveyRecordedEvent(CaseRef ref, java.time.LocalDate surveyedOn, java.util.List<String> inspectors, String findings) {
}
