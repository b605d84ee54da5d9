package vn.thidua.review.application;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A reviewer's view of one case: which model, which unit, and where it stands. */
@Document("review_cases")
public record ReviewCaseView(@Id String reviewCaseId, String modelId, String campaignId, String unitId, String status,
                             Instant openedAt, String recognizedByUnitId, Instant recognizedAt) {

    public static final String OPEN = "OPEN";
    public static final String RECOGNIZED = "RECOGNIZED";
}
