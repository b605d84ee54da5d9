package vn.thidua.registration.domain.campaign;

import org.axonframework.serialization.Revision;

/** The campaign was closed. {@code reason} may be null. */
@Revision("1")
public record CampaignClosedEvent(String campaignId, String reason) {
}
