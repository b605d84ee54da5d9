package vn.thidua.award.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.InvalidInput;
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

    private static AwardProposedEvent proposed() {
        return new AwardProposedEvent(MODEL, "p-1", "vinh-linh-2023", "W19390", AwardForm.CERTIFICATE_OF_MERIT,
                "Điển hình tiêu biểu");
    }

    @Test
    void recognisedModelGetsAnAwardDossier() {
        fixture.givenNoPriorActivity()
                .when(new OpenAwardDossierCommand(MODEL, "vinh-linh-2023", "W19390", "case-1"))
                .expectEvents(opened());
    }

    @Test
    void canProposeAwardForEligibleModel() {
        fixture.given(opened())
                .when(new ProposeAwardCommand(MODEL, "p-1", AwardForm.CERTIFICATE_OF_MERIT, "Điển hình tiêu biểu"))
                .expectEvents(proposed());
    }

    @Test
    void cannotProposeSameFormTwiceWhilePendingOrAwarded() {
        fixture.given(opened(), proposed())
                .when(new ProposeAwardCommand(MODEL, "p-2", AwardForm.CERTIFICATE_OF_MERIT, "lần hai"))
                .expectNoEvents()
                .expectException(StateConflict.class)
                .expectExceptionMessage("duplicate-proposal");
    }

    @Test
    void canProposeSameFormAgainAfterRejection() {
        fixture.given(opened(), proposed(), new AwardDecidedEvent(MODEL, "p-1", "vinh-linh-2023", "W19390",
                        AwardForm.CERTIFICATE_OF_MERIT, AwardOutcome.REJECTED, "QĐ-01"))
                .when(new ProposeAwardCommand(MODEL, "p-2", AwardForm.CERTIFICATE_OF_MERIT, "bổ sung thành tích"))
                .expectEvents(new AwardProposedEvent(MODEL, "p-2", "vinh-linh-2023", "W19390",
                        AwardForm.CERTIFICATE_OF_MERIT, "bổ sung thành tích"));
    }

    @Test
    void cannotProposeWithoutForm() {
        fixture.given(opened())
                .when(new ProposeAwardCommand(MODEL, "p-1", null, null))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("award-form-required");
    }

    @Test
    void councilCanDecideProposal() {
        fixture.given(opened(), proposed())
                .when(new DecideAwardCommand(MODEL, "p-1", AwardOutcome.APPROVED, "123/QĐ-UBND"))
                .expectEvents(new AwardDecidedEvent(MODEL, "p-1", "vinh-linh-2023", "W19390",
                        AwardForm.CERTIFICATE_OF_MERIT, AwardOutcome.APPROVED, "123/QĐ-UBND"));
    }

    @Test
    void cannotDecideTwice() {
        fixture.given(opened(), proposed(), new AwardDecidedEvent(MODEL, "p-1", "vinh-linh-2023", "W19390",
                        AwardForm.CERTIFICATE_OF_MERIT, AwardOutcome.APPROVED, "123/QĐ-UBND"))
                .when(new DecideAwardCommand(MODEL, "p-1", AwardOutcome.REJECTED, null))
                .expectNoEvents()
                .expectException(StateConflict.class)
                .expectExceptionMessage("already-decided");
    }

    @Test
    void cannotDecideUnknownProposal() {
        fixture.given(opened())
                .when(new DecideAwardCommand(MODEL, "nope", AwardOutcome.APPROVED, null))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void cannotDecideWithoutOutcome() {
        fixture.given(opened(), proposed())
                .when(new DecideAwardCommand(MODEL, "p-1", null, null))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("outcome-required");
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
