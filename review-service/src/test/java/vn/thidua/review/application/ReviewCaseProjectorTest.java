package vn.thidua.review.application;

import org.junit.jupiter.api.Test;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The review-case views folded as a plain class on an in-memory store. */
class ReviewCaseProjectorTest {

    private static final Instant OPENED = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant RECOGNIZED = Instant.parse("2024-04-01T02:00:00Z");

    private final InMemoryReviewCaseStore store = new InMemoryReviewCaseStore();
    private final ReviewCaseProjector projector = new ReviewCaseProjector(store);

    @Test
    void anOpenedCaseIsOpenUntilRecognised() {
        projector.on(new ReviewCaseOpenedEvent("case-1", "model-1", "vinh-linh-2023", "W19363"), OPENED);
        assertThat(store.holdsOnly(new ReviewCaseView("case-1", "model-1", "vinh-linh-2023", "W19363",
                ReviewCaseView.OPEN, OPENED, null, null))).isTrue();

        projector.on(new ModelRecognizedEvent("case-1", "model-1", "vinh-linh-2023", "W19363", "D464"), RECOGNIZED);
        assertThat(store.holdsOnly(new ReviewCaseView("case-1", "model-1", "vinh-linh-2023", "W19363",
                ReviewCaseView.RECOGNIZED, OPENED, "D464", RECOGNIZED))).isTrue();
    }

    @Test
    void listsOnlyVisibleCasesOldestFirst() {
        projector.on(new ReviewCaseOpenedEvent("case-2", "model-2", "c", "W19375"), RECOGNIZED);
        projector.on(new ReviewCaseOpenedEvent("case-1", "model-1", "c", "W19363"), OPENED);
        projector.on(new ReviewCaseOpenedEvent("case-3", "model-3", "c", "W19369"), RECOGNIZED.plusSeconds(1));
        assertThat(store.find("c", null, ReviewCaseView.OPEN, unit -> !unit.equals("W19375"), 10))
                .extracting(ReviewCaseView::reviewCaseId).containsExactly("case-1", "case-3");
    }
}
