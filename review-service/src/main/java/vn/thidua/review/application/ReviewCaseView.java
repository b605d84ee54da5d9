package vn.thidua.review.application;

import java.time.Instant;

/** A reviewer's view of one case: which model, which unit, and where it stands. */
public record ReviewCaseView(String reviewCaseId, String modelId, String campaignId, String unitId, String status,
                             Instant openedAt, String recognizedByUnitId, Instant recognizedAt) {

    public static final String OPEN = "OPEN";
    public static final String RECOGNIZED = "RECOGNIZED";
}
