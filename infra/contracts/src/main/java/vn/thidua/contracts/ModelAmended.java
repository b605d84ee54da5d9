package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** The registering unit amended a model before its review started; carries the complete amended registration. */
public record ModelAmended(String modelId,
                           String campaignId,
                           String title,
                           ModelField field,
                           String content,
                           String method,
                           String expectedResults,
                           LocalDate startDate,
                           boolean contentConfirmationRequired,
                           Actor actor,
                           Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return modelId;
    }
}
