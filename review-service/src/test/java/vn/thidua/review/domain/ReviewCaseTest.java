package vn.thidua.review.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.util.List;
import java.util.Locale;

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
                .expectException(StateConflict.class)
                .expectExceptionMessage("already-recognized");
    }

    @Test
    void violationsReadTheSameInBothLanguagesAsBefore() {
        RuleMessages messages = RuleMessages.get();
        assertThat(messages.text(new StateConflict("already-recognized"), RuleMessages.VIETNAMESE))
                .isEqualTo("Mô hình đã được công nhận điển hình");
        assertThat(messages.text(new StateConflict("already-recognized"), Locale.ENGLISH))
                .isEqualTo("The model has already been recognised");
        InvalidInput noUnit = new InvalidInput("recognizing-unit-required",
                List.of(FieldIssue.of("recognizedByUnitId", "required")));
        assertThat(messages.text(noUnit, RuleMessages.VIETNAMESE)).isEqualTo("Cần nêu đơn vị công nhận");
        assertThat(messages.text(noUnit, Locale.ENGLISH)).isEqualTo("The recognising unit is required");
        assertThat(messages.resolve(noUnit.fields())).containsExactly(
                new RuleMessages.ResolvedField("recognizedByUnitId", "là bắt buộc", "is required"));
    }

    @Test
    void cannotRecognizeWithoutRecognizingUnit() {
        fixture.given(opened())
                .when(new RecognizeModelCommand(CASE, ""))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("recognizing-unit-required");
    }
}
