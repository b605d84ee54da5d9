package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit answered a supplement request (đã bổ sung) by amending the model ({@code AMENDMENT}) or attaching a
 * document ({@code DOCUMENT}, {@code documentId} set); {@code late} when after the due date.
 */
public record SupplementReceived(String reviewCaseId, String modelId, String campaignId, String unitId,
                                 String requestId, String receivedAs, String documentId, LocalDate receivedOn,
                                 boolean late, Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
