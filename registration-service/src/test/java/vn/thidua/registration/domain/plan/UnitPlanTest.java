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

    private static final PlanDocument SIGNED = new PlanDocument("6571f0c2a1b2c3d4e5f60718", "Kế hoạch 15-KH.pdf",
            "application/pdf", 182_345, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final PlanDocument WORD = new PlanDocument("6571f0c2a1b2c3d4e5f60719", "Kế hoạch 15-KH.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 20_480,
            "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");

    private static FileUnitPlanCommand file(String number, LocalDate issuedOn, String signer, String note) {
        return file(number, issuedOn, signer, note, null);
    }

    private static FileUnitPlanCommand file(String number, LocalDate issuedOn, String signer, String note,
                                            PlanDocument document) {
        return new FileUnitPlanCommand(CAMPAIGN, UNIT, number, issuedOn, signer, note, document, STARTS, true, TODAY);
    }

    private static UnitPlanFiledEvent filed(int version, String number, String note) {
        return filed(version, number, SIGNER, note, null);
    }

    private static UnitPlanFiledEvent filed(int version, String number, String signer, String note,
                                            PlanDocument document) {
        return new UnitPlanFiledEvent(CAMPAIGN, UNIT, version, number, ISSUED, signer, note, document);
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
    void filesAPlanWithItsSignedDocument() {
        fixture.givenNoPriorActivity()
                .when(file("15-KH/ĐU", ISSUED, SIGNER, null, SIGNED))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 1, true))
                .expectEvents(filed(1, "15-KH/ĐU", SIGNER, null, SIGNED));
    }

    @Test
    void aFileAddedToTheSamePlanLaterIsItsNextVersion() {
        fixture.given(filed(1, "15-KH/ĐU", null))
                .when(file("15-KH/ĐU", ISSUED, SIGNER, null, SIGNED))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 2, true))
                .expectEvents(filed(2, "15-KH/ĐU", SIGNER, null, SIGNED));
    }

    @Test
    void anotherFileReplacesTheDocumentAsTheNextVersion() {
        fixture.given(filed(1, "15-KH/ĐU", SIGNER, null, SIGNED))
                .when(file("15-KH/ĐU", ISSUED, SIGNER, null, WORD))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 2, true))
                .expectEvents(filed(2, "15-KH/ĐU", SIGNER, null, WORD));
    }

    @Test
    void theSamePlanWithTheSameFileOrWithoutOneChangesNothing() {
        PlanDocument sameBytesAgain = new PlanDocument("6571f0c2a1b2c3d4e5f60720", "bản sao.pdf", SIGNED.mediaType(),
                SIGNED.sizeBytes(), SIGNED.sha256());
        fixture.given(filed(1, "15-KH/ĐU", SIGNER, null, SIGNED))
                .when(file("15-KH/ĐU", ISSUED, SIGNER, null, sameBytesAgain))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 1, false))
                .expectNoEvents();
        fixture.given(filed(1, "15-KH/ĐU", SIGNER, null, SIGNED))
                .when(file("15-KH/ĐU", ISSUED, SIGNER, null))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 1, false))
                .expectNoEvents();
    }

    @Test
    void aCorrectionWithoutAFileKeepsTheDocumentOfTheSameNumberAndDate() {
        fixture.given(filed(1, "15-KH/ĐU", SIGNER, null, SIGNED))
                .when(file("15-KH/ĐU", ISSUED, "Phó Bí thư Trần Thị Bình", "Sửa người ký"))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 2, true))
                .expectEvents(filed(2, "15-KH/ĐU", "Phó Bí thư Trần Thị Bình", "Sửa người ký", SIGNED));
    }

    @Test
    void anotherPlanNumberFiledWithoutAFileHasNoDocument() {
        fixture.given(filed(1, "15-KH/ĐU", SIGNER, null, SIGNED))
                .when(file("16-KH/ĐU", ISSUED, SIGNER, null))
                .expectResultMessagePayload(new UnitPlan.Filing(PLAN, 2, true))
                .expectEvents(filed(2, "16-KH/ĐU", SIGNER, null, null));
    }

    @Test
    void refusesADocumentThatIsNeitherPdfNorDocx() {
        PlanDocument image = new PlanDocument("6571f0c2a1b2c3d4e5f60721", "ảnh.png", "image/png", 2_048, "ab12");
        fixture.givenNoPriorActivity()
                .when(file("15-KH/ĐU", ISSUED, SIGNER, null, image))
                .expectNoEvents()
                .expectException(naming("file"));
    }

    @Test
    void acceptsAPlanIssuedOnTheCampaignsFirstDayOrToday() {
        fixture.givenNoPriorActivity().when(file("1-KH", STARTS, SIGNER, null))
                .expectEvents(new UnitPlanFiledEvent(CAMPAIGN, UNIT, 1, "1-KH", STARTS, SIGNER, null, null));
        fixture.givenNoPriorActivity().when(file("1-KH", TODAY, SIGNER, null))
                .expectEvents(new UnitPlanFiledEvent(CAMPAIGN, UNIT, 1, "1-KH", TODAY, SIGNER, null, null));
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
                .when(new FileUnitPlanCommand(CAMPAIGN, UNIT, "16-KH/ĐU", ISSUED, SIGNER, null, null, STARTS, false, TODAY))
                .expectNoEvents()
                .expectException(naming("campaignId"));
    }

    @Test
    void theIdNamesTheCampaignAndTheUnit() {
        assertThat(UnitPlan.idOf(" " + CAMPAIGN, UNIT + " "))
                .isEqualTo("plan:vinh-linh-2023-2025:W19390");
    }
}
