package vn.thidua.award.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.domain.round.WithdrawalCause;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AwardDossierTest {

    private static final String MODEL = "model-1";
    private AggregateTestFixture<AwardDossier> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AwardDossier.class);
    }

    private static AwardDossierOpenedEvent opened() {
        return new AwardDossierOpenedEvent(MODEL, "vinh-linh-2023", "W19390", "case-1");
    }

    @Test
    void recognisedModelGetsAnAwardDossier() {
        fixture.givenNoPriorActivity()
                .when(new OpenAwardDossierCommand(MODEL, "vinh-linh-2023", "W19390", "case-1"))
                .expectEvents(opened());
    }

    @Test
    void withdrawnModelsDossierCloses() {
        fixture.given(opened())
                .when(new CloseAwardDossierCommand(MODEL, "Đơn vị rút", WithdrawalCause.MODEL_WITHDRAWN))
                .expectEvents(new AwardDossierClosedEvent(MODEL, "Đơn vị rút", WithdrawalCause.MODEL_WITHDRAWN));
    }

    @Test
    void closingAgainChangesNothing() {
        fixture.given(opened(), new AwardDossierClosedEvent(MODEL, "Đơn vị rút", WithdrawalCause.MODEL_WITHDRAWN))
                .when(new CloseAwardDossierCommand(MODEL, "lần hai", WithdrawalCause.MODEL_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void violationsReadTheSameInBothLanguagesAsBefore() {
        RuleMessages messages = RuleMessages.get();
        assertThat(messages.text(new StateConflict("not-eligible", "m-9"), RuleMessages.VIETNAMESE))
                .isEqualTo("Mô hình m-9 chưa được công nhận điển hình nên chưa thể đề nghị khen thưởng");
        assertThat(messages.text(new StateConflict("not-eligible", "m-9"), Locale.ENGLISH))
                .isEqualTo("Model m-9 has not been recognised, so it cannot be proposed for an award");
        assertThat(messages.text(new StateConflict("duplicate-proposal"), RuleMessages.VIETNAMESE))
                .isEqualTo("Mô hình đã được đề nghị hoặc nhận hình thức khen thưởng này");
        assertThat(messages.text(new StateConflict("already-decided"), Locale.ENGLISH))
                .isEqualTo("The award proposal has already been decided");
        assertThat(messages.text(new StateConflict("award-form-required"), RuleMessages.VIETNAMESE))
                .isEqualTo("Cần chọn hình thức khen thưởng");
        assertThat(messages.text(new StateConflict("outcome-required"), Locale.ENGLISH))
                .isEqualTo("The decision outcome is required");
        assertThat(messages.text(vn.thidua.platform.domain.RuleViolation.FieldIssue.of("outcome", "required"),
                RuleMessages.VIETNAMESE)).isEqualTo("là bắt buộc");
    }
}
