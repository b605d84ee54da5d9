package vn.thidua.award.application;

import java.time.Instant;

/** A recognised model, eligible for award proposals. */
public record EligibleModelView(String modelId, String campaignId, String unitId, String reviewCaseId,
                                Instant eligibleSince) {
}
