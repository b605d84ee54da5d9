package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelContentConfirmedEvent(String modelId, String campaignId, String confirmedByUnitId) {
}
