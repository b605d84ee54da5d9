package vn.thidua.review.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;

import java.time.Instant;

@Component
@ProcessingGroup("review-case-views")
public class ReviewCaseProjector {

    private final MongoTemplate mongo;

    public ReviewCaseProjector(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event, @Timestamp Instant at) {
        mongo.save(new ReviewCaseView(event.reviewCaseId(), event.modelId(), event.campaignId(), event.unitId(),
                ReviewCaseView.OPEN, at, null, null));
    }

    @EventHandler
    void on(ModelRecognizedEvent event, @Timestamp Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.reviewCaseId())),
                new Update().set("status", ReviewCaseView.RECOGNIZED)
                        .set("recognizedByUnitId", event.recognizedByUnitId()).set("recognizedAt", at),
                ReviewCaseView.class);
    }
}
