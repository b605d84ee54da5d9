package vn.thidua.review.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The review case of a model has an id derived from the model's id, so a redelivered ModelRegistered
 * can never open a second case.
 */
public final class ReviewCaseIds {

    private ReviewCaseIds() {
    }

    public static String forModel(String modelId) {
        return UUID.nameUUIDFromBytes(("review-case:" + modelId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
