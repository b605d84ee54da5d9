package vn.thidua.review.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public List<ReviewCaseView> find(CaseFilter filter, Predicate<ReviewCaseView> visible, int limit) {
        return cases.values().stream()
                .filter(c -> filter.campaignId() == null || filter.campaignId().equals(c.getCampaignId()))
                .filter(c -> filter.modelId() == null || filter.modelId().equals(c.getModelId()))
                .filter(c -> filter.status() == null || filter.status().equals(c.getStatus()))
                .filter(c -> filter.authorityUnitId() == null || filter.authorityUnitId().equals(c.getAuthorityUnitId()))
                .filter(c -> filter.field() == null || filter.field().equals(c.getField()))
                .filter(visible)
                .sorted(Comparator.comparing(ReviewCaseView::getOpenedAt)).limit(limit).toList();
    }

    @Override
    public void save(ReviewCaseView reviewCase) {
        cases.put(reviewCase.getReviewCaseId(), reviewCase);
    }

    int size() {
        return cases.size();
    }
}
