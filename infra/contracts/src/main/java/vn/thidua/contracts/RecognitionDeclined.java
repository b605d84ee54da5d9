package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The authority declined to recognise the model (không công nhận), with its reasons. */
public record RecognitionDeclined(String reviewCaseId, String modelId, String campaignId, String unitId,
                                  String declinedByUnitId, LocalDate decidedOn, List<String> reasons, Actor actor,
                                  Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
