package vn.thidua.review.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.review.application.ReviewCaseStore;
import vn.thidua.review.application.ReviewCaseView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The review-case views in the collection {@code review_cases}, one document per case ({@code _id}: its id). */
@Component
public class MongoReviewCaseStore implements ReviewCaseStore {

    private final MongoTemplate mongo;

    public MongoReviewCaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ReviewCaseView> find(String reviewCaseId) {
        return Optional.ofNullable(mongo.findById(reviewCaseId, ReviewCaseDocument.class))
                .map(ReviewCaseDocument::view);
    }

    @Override
    public List<ReviewCaseView> find(String campaignId, String modelId, String status, Predicate<String> visible,
                                     int limit) {
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (modelId != null) criteria = criteria.and("modelId").is(modelId);
        if (status != null) criteria = criteria.and("status").is(status);
        try (var cases = mongo.stream(Query.query(criteria).with(Sort.by("openedAt")), ReviewCaseDocument.class)) {
            return cases.map(ReviewCaseDocument::view).filter(view -> visible.test(view.unitId())).limit(limit)
                    .toList();
        }
    }

    @Override
    public void save(ReviewCaseView reviewCase) {
        mongo.save(ReviewCaseDocument.of(reviewCase));
    }

    @Override
    public void recognized(String reviewCaseId, String recognizedByUnitId, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reviewCaseId)),
                new Update().set("status", ReviewCaseView.RECOGNIZED)
                        .set("recognizedByUnitId", recognizedByUnitId).set("recognizedAt", at),
                ReviewCaseDocument.class);
    }

    @Document("review_cases")
    record ReviewCaseDocument(@Id String reviewCaseId, String modelId, String campaignId, String unitId,
                              String status, Instant openedAt, String recognizedByUnitId, Instant recognizedAt) {

        static ReviewCaseDocument of(ReviewCaseView v) {
            return new ReviewCaseDocument(v.reviewCaseId(), v.modelId(), v.campaignId(), v.unitId(), v.status(),
                    v.openedAt(), v.recognizedByUnitId(), v.recognizedAt());
        }

        ReviewCaseView view() {
            return new ReviewCaseView(reviewCaseId, modelId, campaignId, unitId, status, openedAt,
                    recognizedByUnitId, recognizedAt);
        }
    }
}
