package vn.thidua.review.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where the review-case views live (port; MongoDB in production). */
public interface ReviewCaseStore {

    Optional<ReviewCaseView> find(String reviewCaseId);

    /**
     * The cases matching every given criterion ({@code null}: any), oldest opened first, of units {@code visible}
     * accepts, at most {@code limit}.
     */
    List<ReviewCaseView> find(String campaignId, String modelId, String status, Predicate<String> visible, int limit);

    /** Stores a newly opened case (replacing one of the same id). */
    void save(ReviewCaseView reviewCase);

    void recognized(String reviewCaseId, String recognizedByUnitId, Instant at);
}
