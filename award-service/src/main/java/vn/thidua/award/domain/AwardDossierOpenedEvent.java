package vn.thidua.award.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AwardDossierOpenedEvent(String modelId, String campaignId, String unitId, String reviewCaseId) {
}
