package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelWithdrawnEvent(String modelId, String campaignId, String unitId, String reason) {
}
