package vn.thidua.review.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;

import java.time.Instant;

/** Keeps the review-case views from the aggregate's events. */
@Component
@ProcessingGroup("review-case-views")
public class ReviewCaseProjector {

    private final ReviewCaseStore cases;

    public ReviewCaseProjector(ReviewCaseStore cases) {
        this.cases = cases;
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event, @Timestamp Instant at) {
        cases.save(new ReviewCaseView(event.reviewCaseId(), event.modelId(), event.campaignId(), event.unitId(),
                ReviewCaseView.OPEN, at, null, null));
    }

    @EventHandler
    void on(ModelRecognizedEvent event, @Timestamp Instant at) {
        cases.recognized(event.reviewCaseId(), event.recognizedByUnitId(), at);
    }
}
