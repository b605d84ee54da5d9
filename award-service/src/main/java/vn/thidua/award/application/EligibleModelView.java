package vn.thidua.award.application;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A recognised model, eligible for award proposals. */
@Document("eligible_models")
public record EligibleModelView(@Id String modelId, String campaignId, String unitId, String reviewCaseId,
                                Instant eligibleSince) {
}
