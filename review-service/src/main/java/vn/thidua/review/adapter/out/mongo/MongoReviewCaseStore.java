package vn.thidua.review.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.review.application.ReviewCaseStore;
import vn.thidua.review.application.ReviewCaseView;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The review-case views in the collection {@code review_cases}, one document per case ({@code _id}: its id). */
@Component
public class MongoReviewCaseStore implements ReviewCaseStore {

    static final String COLLECTION = "review_cases";

    private final MongoTemplate mongo;

    public MongoReviewCaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ReviewCaseView> find(String reviewCaseId) {
        return Optional.ofNullable(mongo.findById(reviewCaseId, ReviewCaseView.class, COLLECTION));
    }

    @Override
    public List<ReviewCaseView> find(CaseFilter filter, Predicate<ReviewCaseView> visible, int limit) {
        Criteria criteria = new Criteria();
        if (filter.campaignId() != null) criteria = criteria.and("campaignId").is(filter.campaignId());
        if (filter.modelId() != null) criteria = criteria.and("modelId").is(filter.modelId());
        if (filter.status() != null) criteria = criteria.and("status").is(filter.status());
        if (filter.authorityUnitId() != null) criteria = criteria.and("authorityUnitId").is(filter.authorityUnitId());
        if (filter.field() != null) criteria = criteria.and("field").is(filter.field());
        try (var cases = mongo.stream(Query.query(criteria).with(Sort.by("openedAt")), ReviewCaseView.class,
                COLLECTION)) {
            return cases.filter(visible).limit(limit).toList();
        }
    }

    @Override
    public void save(ReviewCaseView reviewCase) {
        mongo.save(reviewCase, COLLECTION);
    }
}
