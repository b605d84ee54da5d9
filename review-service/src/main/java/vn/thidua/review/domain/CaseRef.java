package vn.thidua.review.domain;

/** Which case an event is about: the case, its model, campaign and registering unit. */
public record CaseRef(String reviewCaseId, String modelId, String campaignId, String unitId) {
}
