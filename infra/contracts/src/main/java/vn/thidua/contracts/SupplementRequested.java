package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The authority asked the unit to supplement the model's registration or dossier (yêu cầu bổ sung) by
 * {@code dueOn}. Registration reopens the model for amendment and documents and shows the request to the unit.
 */
public record SupplementRequested(String reviewCaseId, String modelId, String campaignId, String unitId,
                                  String requestId, String request, LocalDate dueOn, Actor actor,
                                  Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
