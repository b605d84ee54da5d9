package vn.thidua.award.domain.round;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.award.domain.catalogue.AwardMoney;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.StateConflict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.thidua.award.domain.catalogue.RecipientKind.COLLECTIVE;
import static vn.thidua.award.domain.catalogue.RecipientKind.HOUSEHOLD;
import static vn.thidua.award.domain.catalogue.RecipientKind.INDIVIDUAL;

/** The round's specification: opening, proposals and their rules, forwarding, withdrawal, decisions and money. */
class AwardRoundTest {

    private static final String ROUND = "round-1";
    private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 30);
    private static final LocalDate BEFORE = LocalDate.of(2025, 9, 1);
    private static final FormTerms GIAY_KHEN = new FormTerms("GIAY_KHEN", AwardForm.CERTIFICATE_OF_COMMENDATION,
            "DISTRICT", 3, Set.of(INDIVIDUAL, COLLECTIVE, HOUSEHOLD));
    private static final FormTerms BANG_KHEN = new FormTerms("BANG_KHEN", AwardForm.CERTIFICATE_OF_MERIT,
            "PROVINCE", 4, Set.of(INDIVIDUAL, COLLECTIVE));
    private static final FormTerms MEDAL = new FormTerms("MEDAL", AwardForm.COMMEMORATIVE_MEDAL, "CENTRAL", 5,
            Set.of(INDIVIDUAL));
    private static final Nominee PERSON = new Nominee(INDIVIDUAL, null, "Nguyễn Thị Hoa", "Chủ tịch Hội LHPN",
            "W19363");
    private static final Nominee MODEL = new Nominee(COLLECTIVE, "model-1", null, null, "W19363");

    private AggregateTestFixture<AwardRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AwardRound.class);
        AwardMoneyTable money = (form, recipient, day) -> form.equals("GIAY_KHEN") && recipient == INDIVIDUAL
                ? Optional.of(AwardMoney.of(new BigDecimal("0.3"), 2_340_000)) : Optional.empty();
        fixture.registerInjectableResource(money);
    }

    private static RoundOpenedEvent opened() {
        return new RoundOpenedEvent(ROUND, "Dân vận khéo 2025", RoundKind.ANNUAL, "dvk-2025", "D464", "DISTRICT", 3,
                DEADLINE, List.of("GIAY_KHEN", "BANG_KHEN", "MEDAL"), 50_000_000L, false);
    }

    private static ProposeAwardCommand propose(String id, Nominee nominee, FormTerms form, LocalDate on) {
        return new ProposeAwardCommand(ROUND, id, nominee, form, "Thành tích xuất sắc", "BC-01", "D464", on, "45", null);
    }

    private static AwardProposedEvent proposed(String id, Nominee nominee, FormTerms form) {
        return new AwardProposedEvent(nominee.modelId(), id, "dvk-2025", nominee.unitId(), form.kind(),
                "Thành tích xuất sắc", ROUND, nominee.recipientKind(), nominee.name(), nominee.position(), form.code(),
                "BC-01", "D464", BEFORE);
    }

    private static final ProposalReport REPORT = new ProposalReport("report-1", "Báo cáo thành tích.pdf",
            "application/pdf", 2048);

    @Test
    void aProposalWithItsReportAttachesIt() {
        ProposeAwardCommand command = propose("p-1", PERSON, GIAY_KHEN, BEFORE);
        fixture.given(opened())
                .when(new ProposeAwardCommand(command.roundId(), command.proposalId(), command.nominee(), command.form(),
                        command.summary(), command.reportReference(), command.proposerUnitId(), command.on(),
                        command.higherCouncilUnitId(), REPORT))
                .expectEvents(proposed("p-1", PERSON, GIAY_KHEN), new ReportAttachedEvent(ROUND, "p-1", REPORT));
    }

    @Test
    void aReportIsAttachedLaterOnlyWhileTheProposalIsPending() {
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN))
                .when(new AttachReportCommand(ROUND, "p-1", REPORT))
                .expectEvents(new ReportAttachedEvent(ROUND, "p-1", REPORT));
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN),
                        new ProposalWithdrawnEvent(ROUND, "p-1", null, "W19363", "Nộp nhầm", WithdrawalCause.PROPOSER))
                .when(new AttachReportCommand(ROUND, "p-1", REPORT))
                .expectNoEvents().expectException(StateConflict.class);
        fixture.given(opened())
                .when(new AttachReportCommand(ROUND, "p-9", REPORT))
                .expectNoEvents().expectException(NotFound.class);
    }

    @Test
    void theCouncilAddsFormsOnlyNewOnesAndNotOnceDecided() {
        fixture.given(opened())
                .when(new AddRoundFormsCommand(ROUND, List.of("GIAY_KHEN", "HUY_HIEU", " HUY_HIEU ")))
                .expectEvents(new RoundFormsAddedEvent(ROUND, List.of("HUY_HIEU")));
        fixture.given(opened(), new RoundFormsAddedEvent(ROUND, List.of("HUY_HIEU")))
                .when(new AddRoundFormsCommand(ROUND, List.of("HUY_HIEU")))
                .expectNoEvents().expectSuccessfulHandlerExecution();
        fixture.given(opened())
                .when(new AddRoundFormsCommand(ROUND, List.of(" ")))
                .expectNoEvents().expectException(InvalidInput.class);
        fixture.given(opened(), new RoundClosedEvent(ROUND, "D464", DEADLINE), new RoundDecidedEvent(ROUND))
                .when(new AddRoundFormsCommand(ROUND, List.of("HUY_HIEU")))
                .expectNoEvents().expectException(StateConflict.class);
    }

    @Test
    void anAddedFormCanBeProposed() {
        FormTerms huyHieu = new FormTerms("HUY_HIEU", AwardForm.COMMEMORATIVE_MEDAL, "DISTRICT", 3, Set.of(INDIVIDUAL));
        fixture.given(opened(), new RoundFormsAddedEvent(ROUND, List.of("HUY_HIEU")))
                .when(propose("p-1", PERSON, huyHieu, BEFORE))
                .expectEvents(proposed("p-1", PERSON, huyHieu));
    }

    @Test
    void councilOpensARound() {
        fixture.givenNoPriorActivity()
                .when(new OpenRoundCommand(ROUND, " Dân vận khéo 2025 ", RoundKind.ANNUAL, "dvk-2025", "D464",
                        "DISTRICT", 3, DEADLINE, List.of("GIAY_KHEN", "BANG_KHEN", "MEDAL", "GIAY_KHEN"), 50_000_000L,
                        false))
                .expectEvents(opened());
    }

    @Test
    void cannotOpenARoundWithoutDeadlineOrForms() {
        fixture.givenNoPriorActivity()
                .when(new OpenRoundCommand(ROUND, "Đợt", RoundKind.THEMATIC, null, "D464", "DISTRICT", 3, null,
                        List.of(), null, false))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void canProposeAnIndividualBeforeTheDeadline() {
        fixture.given(opened())
                .when(propose("p-1", PERSON, GIAY_KHEN, BEFORE))
                .expectEvents(proposed("p-1", PERSON, GIAY_KHEN));
    }

    @Test
    void cannotProposeAfterTheDeadline() {
        fixture.given(opened())
                .when(propose("p-1", PERSON, GIAY_KHEN, DEADLINE.plusDays(1)))
                .expectNoEvents().expectException(StateConflict.class)
                .expectExceptionMessage("proposal-deadline-passed [2025-09-30]");
    }

    @Test
    void reopenedRoundTakesProposalsUntilItsNewDeadline() {
        LocalDate late = DEADLINE.plusDays(5);
        fixture.given(opened(), new RoundClosedEvent(ROUND, "D464", DEADLINE.plusDays(1)),
                        new RoundReopenedEvent(ROUND, "Bổ sung hồ sơ", DEADLINE.plusDays(10)))
                .when(propose("p-1", PERSON, GIAY_KHEN, late))
                .expectEvents(new AwardProposedEvent(null, "p-1", "dvk-2025", "W19363",
                        AwardForm.CERTIFICATE_OF_COMMENDATION, "Thành tích xuất sắc", ROUND, INDIVIDUAL,
                        "Nguyễn Thị Hoa", "Chủ tịch Hội LHPN", "GIAY_KHEN", "BC-01", "D464", late));
    }

    @Test
    void cannotProposeInAClosedRound() {
        fixture.given(opened(), new RoundClosedEvent(ROUND, "D464", BEFORE))
                .when(propose("p-1", PERSON, GIAY_KHEN, BEFORE))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("round-closed");
    }

    @Test
    void reopeningNeedsAReason() {
        fixture.given(opened(), new RoundClosedEvent(ROUND, "D464", BEFORE))
                .when(new ReopenRoundCommand(ROUND, " ", DEADLINE.plusDays(10), DEADLINE))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void cannotReopenAnOpenRound() {
        fixture.given(opened())
                .when(new ReopenRoundCommand(ROUND, "Bổ sung", DEADLINE.plusDays(10), BEFORE))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("round-not-closed");
    }

    @Test
    void cannotCloseTwice() {
        fixture.given(opened(), new RoundClosedEvent(ROUND, "D464", BEFORE))
                .when(new CloseRoundCommand(ROUND, BEFORE))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("round-not-open");
    }

    @Test
    void cannotProposeAFormTheRoundDoesNotGive() {
        FormTerms other = new FormTerms("HUAN_CHUONG", AwardForm.CERTIFICATE_OF_MERIT, "CENTRAL", 5, Set.of(INDIVIDUAL));
        fixture.given(opened())
                .when(propose("p-1", PERSON, other, BEFORE))
                .expectNoEvents().expectException(InvalidInput.class).expectExceptionMessage("form-not-in-round [HUAN_CHUONG]");
    }

    @Test
    void cannotProposeAFormNotMeantForTheRecipient() {
        Nominee household = new Nominee(HOUSEHOLD, null, "Hộ ông Lê Văn Ba", null, "W19363");
        fixture.given(opened())
                .when(propose("p-1", household, BANG_KHEN, BEFORE))
                .expectNoEvents().expectException(InvalidInput.class).expectExceptionMessage("form-not-for-recipient [BANG_KHEN]");
    }

    @Test
    void cannotProposeTheSameNomineeForTheSameFormTwice() {
        Nominee samePerson = new Nominee(INDIVIDUAL, null, " nguyễn thị  hoa ", "Hội viên", "W19363");
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN))
                .when(propose("p-2", samePerson, GIAY_KHEN, BEFORE))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("duplicate-nominee");
    }

    @Test
    void cannotProposeTheSameModelForTheSameFormTwice() {
        fixture.given(opened(), proposed("p-1", MODEL, GIAY_KHEN))
                .when(propose("p-2", MODEL, GIAY_KHEN, BEFORE))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("duplicate-proposal");
    }

    @Test
    void canProposeTheSameNomineeAgainAfterARejection() {
        fixture.given(opened(), proposed("p-1", MODEL, GIAY_KHEN), rejected("p-1", MODEL, GIAY_KHEN))
                .when(propose("p-2", MODEL, GIAY_KHEN, BEFORE))
                .expectEvents(proposed("p-2", MODEL, GIAY_KHEN));
    }

    @Test
    void aFormAboveTheCouncilIsForwardedToTheHigherCouncil() {
        fixture.given(opened())
                .when(propose("p-1", MODEL, BANG_KHEN, BEFORE))
                .expectEvents(proposed("p-1", MODEL, BANG_KHEN),
                        new AwardForwardedEvent(ROUND, "p-1", "model-1", "W19363", "BANG_KHEN", "D464", "45"));
    }

    @Test
    void proposerWithdrawsAPendingProposalWithAReason() {
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN))
                .when(new WithdrawProposalCommand(ROUND, "p-1", "Nộp nhầm", WithdrawalCause.PROPOSER))
                .expectEvents(new ProposalWithdrawnEvent(ROUND, "p-1", null, "W19363", "Nộp nhầm",
                        WithdrawalCause.PROPOSER));
    }

    @Test
    void cannotWithdrawADecidedProposal() {
        fixture.given(opened(), proposed("p-1", MODEL, GIAY_KHEN), rejected("p-1", MODEL, GIAY_KHEN))
                .when(new WithdrawProposalCommand(ROUND, "p-1", "Nộp nhầm", WithdrawalCause.PROPOSER))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("proposal-not-pending");
    }

    @Test
    void withdrawnModelsPendingProposalsCloseWithTheReason() {
        Nominee person = new Nominee(INDIVIDUAL, "model-1", "Trần Văn Nam", "Trưởng thôn", "W19363");
        fixture.given(opened(), proposed("p-1", MODEL, GIAY_KHEN), proposed("p-2", person, GIAY_KHEN),
                        proposed("p-3", PERSON, GIAY_KHEN))
                .when(new CloseModelProposalsCommand(ROUND, "model-1", "Đơn vị rút đăng ký",
                        WithdrawalCause.MODEL_WITHDRAWN))
                .expectEvents(
                        new ProposalWithdrawnEvent(ROUND, "p-1", "model-1", "W19363", "Đơn vị rút đăng ký",
                                WithdrawalCause.MODEL_WITHDRAWN),
                        new ProposalWithdrawnEvent(ROUND, "p-2", "model-1", "W19363", "Đơn vị rút đăng ký",
                                WithdrawalCause.MODEL_WITHDRAWN));
    }

    @Test
    void oneDecisionCoversTheWholeListWithTheMoneyOfTheDecisionDate() {
        LocalDate decided = LocalDate.of(2025, 10, 15);
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN), proposed("p-2", MODEL, GIAY_KHEN),
                        new RoundClosedEvent(ROUND, "D464", DEADLINE))
                .when(new DecideAwardsCommand(ROUND, "125/QĐ-UBND", decided, "Lê Văn Chủ tịch", List.of(
                        new Verdict("p-1", AwardOutcome.APPROVED, null),
                        new Verdict("p-2", AwardOutcome.REJECTED, "Chưa đủ thời gian"))))
                .expectEvents(
                        new AwardDecidedEvent(null, "p-1", "dvk-2025", "W19363", AwardForm.CERTIFICATE_OF_COMMENDATION,
                                AwardOutcome.APPROVED, "125/QĐ-UBND", ROUND, INDIVIDUAL, "Nguyễn Thị Hoa",
                                "GIAY_KHEN", null, decided, "Lê Văn Chủ tịch", new BigDecimal("0.3"), 2_340_000L,
                                710_000L),
                        new AwardDecidedEvent("model-1", "p-2", "dvk-2025", "W19363",
                                AwardForm.CERTIFICATE_OF_COMMENDATION, AwardOutcome.REJECTED, "125/QĐ-UBND", ROUND,
                                COLLECTIVE, null, "GIAY_KHEN", "Chưa đủ thời gian", decided, "Lê Văn Chủ tịch", null,
                                null, null),
                        new RoundDecidedEvent(ROUND));
    }

    @Test
    void anApprovalNeedsADecisionNumberAndSigner() {
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN))
                .when(new DecideAwardsCommand(ROUND, null, BEFORE, " ", List.of(
                        new Verdict("p-1", AwardOutcome.APPROVED, null))))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void cannotDecideTwice() {
        fixture.given(opened(), proposed("p-1", MODEL, GIAY_KHEN), rejected("p-1", MODEL, GIAY_KHEN))
                .when(new DecideAwardsCommand(ROUND, "1/QĐ", BEFORE, "Chủ tịch", List.of(
                        new Verdict("p-1", AwardOutcome.APPROVED, null))))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("already-decided");
    }

    @Test
    void cannotDecideAWithdrawnProposal() {
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN),
                        new ProposalWithdrawnEvent(ROUND, "p-1", null, "W19363", "Nộp nhầm", WithdrawalCause.PROPOSER))
                .when(new DecideAwardsCommand(ROUND, "1/QĐ", BEFORE, "Chủ tịch", List.of(
                        new Verdict("p-1", AwardOutcome.APPROVED, null))))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("proposal-withdrawn");
    }

    @Test
    void cannotDecideAnUnknownProposal() {
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN))
                .when(new DecideAwardsCommand(ROUND, "1/QĐ", BEFORE, "Chủ tịch", List.of(
                        new Verdict("p-1", AwardOutcome.APPROVED, null), new Verdict("nope", AwardOutcome.APPROVED, null))))
                .expectNoEvents().expectException(NotFound.class);
    }

    @Test
    void cannotDecideWithoutOutcome() {
        fixture.given(opened(), proposed("p-1", PERSON, GIAY_KHEN))
                .when(new DecideAwardsCommand(ROUND, null, BEFORE, null, List.of(new Verdict("p-1", null, null))))
                .expectNoEvents().expectException(InvalidInput.class).expectExceptionMessage("outcome-required");
    }

    @Test
    void aMedalWithoutCoefficientIsAwardedWithoutMoney() {
        Nominee officer = new Nominee(INDIVIDUAL, null, "Hồ Thị Lan", "Trưởng ban", "D464");
        LocalDate decided = LocalDate.of(2025, 10, 15);
        fixture.given(opened(), proposed("p-1", officer, MEDAL),
                        new AwardForwardedEvent(ROUND, "p-1", null, "D464", "MEDAL", "D464", null))
                .when(new DecideAwardsCommand(ROUND, "9/QĐ-BDVTW", decided, "Trưởng ban", List.of(
                        new Verdict("p-1", AwardOutcome.APPROVED, null))))
                .expectEvents(new AwardDecidedEvent(null, "p-1", "dvk-2025", "D464", AwardForm.COMMEMORATIVE_MEDAL,
                        AwardOutcome.APPROVED, "9/QĐ-BDVTW", ROUND, INDIVIDUAL, "Hồ Thị Lan", "MEDAL", null, decided,
                        "Trưởng ban", null, null, null));
    }

    private static AwardDecidedEvent rejected(String id, Nominee nominee, FormTerms form) {
        return new AwardDecidedEvent(nominee.modelId(), id, "dvk-2025", nominee.unitId(), form.kind(),
                AwardOutcome.REJECTED, "QĐ-01", ROUND, nominee.recipientKind(), nominee.name(), form.code(), "Chưa đạt",
                BEFORE, "Chủ tịch", null, null, null);
    }
}
