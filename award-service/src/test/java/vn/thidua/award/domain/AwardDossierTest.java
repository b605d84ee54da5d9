package vn.thidua.award.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;

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
                .expectException(RuleViolation.class);
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
                .expectException(RuleViolation.class);
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
                .expectException(RuleViolation.class);
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
                .expectException(RuleViolation.class);
    }
}
