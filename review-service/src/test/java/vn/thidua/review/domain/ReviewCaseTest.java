package vn.thidua.review.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewCaseTest {

    private static final String CASE = ReviewCaseIds.forModel("model-1");
    private AggregateTestFixture<ReviewCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReviewCase.class);
    }

    private static ReviewCaseOpenedEvent opened() {
        return new ReviewCaseOpenedEvent(CASE, "model-1", "vinh-linh-2023", "W19390");
    }

    @Test
    void opensCaseForRegisteredModel() {
        fixture.givenNoPriorActivity()
                .when(new OpenReviewCaseCommand(CASE, "model-1", "vinh-linh-2023", "W19390"))
                .expectEvents(opened());
    }

    @Test
    void caseIdIsDerivedFromModelSoRedeliveryCannotOpenASecondCase() {
        assertThat(ReviewCaseIds.forModel("model-1")).isEqualTo(CASE).isNotEqualTo(ReviewCaseIds.forModel("model-2"));
    }

    @Test
    void canRecognizeOpenCase() {
        fixture.given(opened())
                .when(new RecognizeModelCommand(CASE, "D198"))
                .expectEvents(new ModelRecognizedEvent(CASE, "model-1", "vinh-linh-2023", "W19390", "D198"));
    }

    @Test
    void cannotRecognizeTwice() {
        fixture.given(opened(), new ModelRecognizedEvent(CASE, "model-1", "vinh-linh-2023", "W19390", "D198"))
                .when(new RecognizeModelCommand(CASE, "D198"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("already-recognized: The model has already been recognised");
    }

    @Test
    void cannotRecognizeWithoutRecognizingUnit() {
        fixture.given(opened())
                .when(new RecognizeModelCommand(CASE, ""))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }
}
