package vn.thidua.review.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where the review-case views live (port; MongoDB in production). */
public interface ReviewCaseStore {

    Optional<ReviewCaseView> find(String reviewCaseId);

    /**
     * The cases matching every given criterion ({@code null}: any), oldest opened first, that {@code visible}
     * accepts, at most {@code limit}.
     */
    List<ReviewCaseView> find(CaseFilter filter, Predicate<ReviewCaseView> visible, int limit);

    /** Stores a case's view (replacing one of the same id). */
    void save(ReviewCaseView reviewCase);

    /** Criteria of a list of cases; {@code null}: any. */
    record CaseFilter(String campaignId, String modelId, String status, String authorityUnitId, String field) {

        public static CaseFilter any() {
            return new CaseFilter(null, null, null, null, null);
        }
    }
}
