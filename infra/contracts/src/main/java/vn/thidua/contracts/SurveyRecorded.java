package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The authority surveyed and inspected the model (khảo sát, kiểm tra): when, by whom, what it found. */
public record SurveyRecorded(String reviewCaseId, String modelId, String campaignId, String unitId,
                             LocalDate surveyedOn, List<String> inspectors, String findings, Actor actor,
                             Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
