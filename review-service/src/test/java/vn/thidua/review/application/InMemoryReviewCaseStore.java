package vn.thidua.review.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The review-case views in memory, for testing the application without MongoDB. */
class InMemoryReviewCaseStore implements ReviewCaseStore {

    private final Map<String, ReviewCaseView> cases = new LinkedHashMap<>();

    @Override
    public Optional<ReviewCaseView> find(String reviewCaseId) {
        return Optional.ofNullable(cases.get(reviewCaseId));
    }

    @Override
    public List<ReviewCaseView> find(String campaignId, String modelId, String status, Predicate<String> visible,
                                     int limit) {
        return cases.values().stream()
                .filter(c -> campaignId == null || campaignId.equals(c.campaignId()))
                .filter(c -> modelId == null || modelId.equals(c.modelId()))
                .filter(c -> status == null || status.equals(c.status()))
                .filter(c -> visible.test(c.unitId()))
                .sorted(Comparator.comparing(ReviewCaseView::openedAt)).limit(limit).toList();
    }

    @Override
    public void save(ReviewCaseView reviewCase) {
        cases.put(reviewCase.reviewCaseId(), reviewCase);
    }

    @Override
    public void recognized(String reviewCaseId, String recognizedByUnitId, Instant at) {
        cases.computeIfPresent(reviewCaseId, (id, c) -> new ReviewCaseView(id, c.modelId(), c.campaignId(),
                c.unitId(), ReviewCaseView.RECOGNIZED, c.openedAt(), recognizedByUnitId, at));
    }

    /** Whether the store holds nothing but {@code expected}. */
    boolean holdsOnly(ReviewCaseView expected) {
        return cases.size() == 1 && Objects.equals(cases.get(expected.reviewCaseId()), expected);
    }
}
