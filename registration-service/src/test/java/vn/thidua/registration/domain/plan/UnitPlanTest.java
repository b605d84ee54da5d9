package vn.thidua.registration.domain.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.InvalidInput;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.domain.RuleViolations.naming;

/** Every behaviour of a unit's plan (kế hoạch thực hiện), accepted and refused, as given/when/then. */
class UnitPlanTest {

    private static final String CAMPAIGN = "vinh-linh-2023-2025";
    private static final String UNIT = "W19390";
    private static final String PLAN = "plan:" + CAMPAIGN + ":" + UNIT;
    private static final LocalDate STARTS = LocalDate.of(2023, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2023, 4, 3);
    private static final LocalDate ISSUED = LocalDate.of(2023, 3, 20);
    private static final String SIGNER = "Bí thư Đảng ủy Nguyễn Văn An";

    private AggregateTestFixture<UnitPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitPlan.class);
    }

    private static FileUnitPlanCommand file(String number, LocalDate issuedOn, String signer, String note) {
        return new FileUnitPlanCommand(CAMPAIGN, UNIT, number, issuedOn, signer, note, STARTS, true, TODAY);
    }

    private static UnitPlanFiledEvent filed(int version, String number, String note) {
        return new UnitPlanFiledEvent(CAMPAIGN, UNIT, version, number, ISSUED, SIGNER, note);
    }

    @Test
    void filesAUnitsFirstPlanAsVersionOneWithItsTextsNormalised() {
        fixture.givenNoPriorActivity()
                .when(file("  15-KH/ĐU ", ISSUED, "Bí thư  Đảng ủy Nguyễn Văn An", " "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 1, true))
                .expectEvents(filed(1, "15-KH/ĐU", null));
    }

    @Test
    void filingOtherDataReplacesThePlanAsTheNextVersion() {
        fixture.given(filed(1, "15-KH/ĐU", null))
                .when(file("16-KH/ĐU", ISSUED, SIGNER, "Sửa số kế hoạch"))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 2, true))
                .expectEvents(filed(2, "16-KH/ĐU", "Sửa số kế hoạch"));
    }

    @Test
    void filingTheSamePlanAgainChangesNothing() {
        fixture.given(filed(1, "15-KH/ĐU", null), filed(2, "16-KH/ĐU", null))
                .when(file(" 16-KH/ĐU", ISSUED, SIGNER, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 2, false))
                .expectNoEvents();
    }

    @Test
    void acceptsAPlanIssuedOnTheCampaignsFirstDayOrToday() {
        fixture.givenNoPriorActivity().when(file("1-KH", STARTS, SIGNER, null))
                .expectEvents(new UnitPlanFiledEvent(CAMPAIGN, UNIT, 1, "1-KH", STARTS, SIGNER, null));
        fixture.givenNoPriorActivity().when(file("1-KH", TODAY, SIGNER, null))
                .expectEvents(new UnitPlanFiledEvent(CAMPAIGN, UNIT, 1, "1-KH", TODAY, SIGNER, null));
    }

    @Test
    void refusesAPlanWithoutNumberDateOrSignerNamingEveryField() {
        fixture.givenNoPriorActivity()
                .when(file(" ", null, "", null))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectException(naming("number", "issuedOn", "signer"));
    }

    @Test
    void refusesAPlanIssuedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(file("15-KH/ĐU", TODAY.plusDays(1), SIGNER, null))
                .expectNoEvents()
                .expectException(naming("issuedOn"));
    }

    @Test
    void refusesAPlanIssuedBeforeTheCampaignStarts() {
        fixture.givenNoPriorActivity()
                .when(file("15-KH/ĐU", STARTS.minusDays(1), SIGNER, null))
                .expectNoEvents()
                .expectException(naming("issuedOn"));
    }

    @Test
    void refusesTextsOverTheirLimits() {
        fixture.givenNoPriorActivity()
                .when(file("K".repeat(UnitPlan.NUMBER_MAX + 1), ISSUED, "S".repeat(UnitPlan.SIGNER_MAX + 1),
                        "n".repeat(UnitPlan.NOTE_MAX + 1)))
                .expectNoEvents()
                .expectException(naming("number", "signer", "note"));
    }

    @Test
    void refusesAPlanForAClosedCampaignEvenAsAReplacement() {
        fixture.given(filed(1, "15-KH/ĐU", null))
                .when(new FileUnitPlanCommand(CAMPAIGN, UNIT, "16-KH/ĐU", ISSUED, SIGNER, null, STARTS, false, TODAY))
                .expectNoEvents()
                .expectException(naming("campaignId"));
    }

    @Test
    void theIdNamesTheCampaignAndTheUnit() {
        assertThat(UnitPlan.idOf(" " + CAMPAIGN, UNIT + " "))
                .isEqualTo("plan:vinh-linh-2023-2025:W19390");
    }
}
