package vn.thidua.registration.domain.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Kết thúc phong trào: no more amendments, registrations are refused. The reason is optional. */
public record CloseCampaignCommand(@TargetAggregateIdentifier String campaignId, String reason) {
}
