package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReviewCaseOpenedEvent(String reviewCaseId, String modelId, String campaignId, String unitId) {
}
