package vn.thidua.contracts;

import java.time.Instant;

/** The organiser closed the campaign: no more amendments; registrations are refused. */
public record CampaignClosed(String campaignId,
                             String reason,
                             Actor actor,
                             Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return campaignId;
    }
}
