package vn.thidua.registration.domain.model;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.domain.RuleViolations;

import java.time.LocalDate;

/** Every command of the Model aggregate, accepted and refused, as given/when/then. */
class ModelTest {

    private static final String MODEL = "model-1";
    private static final String CAMPAIGN = "vinh-linh-2023-2025";
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final String TITLE = "Dân vận khéo trong xây dựng nông thôn mới";
    private AggregateTestFixture<Model> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Model.class);
    }

    private static RegisterModelCommand register(ModelField field) {
        return new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.COLLECTIVE, null,
                ModelNovelty.NEW, TITLE, field, "Vận động hiến đất làm đường", "Họp dân, làm trước", "5 km đường",
                LocalDate.of(2024, 5, 1), null, false, TODAY);
    }

    private static ModelRegisteredEvent registered(ModelField field) {
        return new ModelRegisteredEvent(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.COLLECTIVE, null,
                ModelNovelty.NEW, TITLE, field, "Vận động hiến đất làm đường", "Họp dân, làm trước", "5 km đường",
                LocalDate.of(2024, 5, 1), false, null, field == ModelField.OTHER);
    }

    private static ModelRegisteredEvent registered() {
        return registered(ModelField.NEW_RURAL_CONSTRUCTION);
    }

    private static AmendModelCommand amend(String title, ModelField field, String content) {
        return new AmendModelCommand(MODEL, title, field, content, "Họp dân, làm trước", "5 km đường",
                LocalDate.of(2024, 5, 1), "Bổ sung nội dung", TODAY);
    }

    private static ModelAmendedEvent amended(String title, ModelField field, String content, boolean confirm) {
        return new ModelAmendedEvent(MODEL, CAMPAIGN, title, field, content, "Họp dân, làm trước", "5 km đường",
                LocalDate.of(2024, 5, 1), confirm, "Bổ sung nội dung");
    }

    // ---- register ---------------------------------------------------------------------------------------

    @Test
    void registersACollectiveModelWithItsTextsNormalised() {
        RegisterModelCommand command = new RegisterModelCommand(MODEL, " " + CAMPAIGN, "W19390 ", "D198",
                RegistrantKind.COLLECTIVE, new IndividualRegistrant(" ", null, ""), ModelNovelty.NEW,
                "  Dân   vận khéo trong xây dựng nông thôn mới ", ModelField.NEW_RURAL_CONSTRUCTION,
                " Vận động hiến đất làm đường\n", "Họp dân, làm trước", "5 km đường", LocalDate.of(2024, 5, 1), " ",
                false, TODAY);
        fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution().expectEvents(registered());
    }

    @Test
    void registersAnIndividualNotYetStartedLateAndAsAReplica() {
        var individual = new IndividualRegistrant("Nguyễn Thị Hương", "Bí thư chi bộ", "Thôn Tân Mỹ");
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.INDIVIDUAL, individual,
                        ModelNovelty.CONTINUING, TITLE, ModelField.ECONOMY, null, null, null, TODAY.plusYears(2),
                        "model-0", true, TODAY))
                .expectEvents(new ModelRegisteredEvent(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.INDIVIDUAL,
                        individual, ModelNovelty.CONTINUING, TITLE, ModelField.ECONOMY, null, null, null,
                        TODAY.plusYears(2), true, "model-0", false));
    }

    @Test
    void anOtherFieldModelIsRegisteredAwaitingItsManagingUnitsConfirmation() {
        fixture.givenNoPriorActivity().when(register(ModelField.OTHER)).expectEvents(registered(ModelField.OTHER));
    }

    @Test
    void refusesRegistrationMissingEveryRequiredFieldAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, " ", null, null, null, null, null, "", null, null, null, null,
                        null, null, false, TODAY))
                .expectNoEvents()
                .expectException(violationNaming("campaignId", "unitId", "registrantKind", "novelty", "title", "field"));
    }

    @Test
    void refusesAnIndividualWithoutNamePositionWorkplace() {
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.INDIVIDUAL,
                        new IndividualRegistrant("Nguyễn Văn A", " ", null), ModelNovelty.NEW, TITLE,
                        ModelField.ECONOMY, null, null, null, null, null, false, TODAY))
                .expectNoEvents()
                .expectException(violationNaming("individual.position", "individual.workplace"));
    }

    @Test
    void refusesIndividualDataOnACollective() {
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.COLLECTIVE,
                        new IndividualRegistrant("Nguyễn Văn A", null, "UBND xã"), ModelNovelty.NEW, TITLE,
                        ModelField.ECONOMY, null, null, null, null, null, false, TODAY))
                .expectNoEvents()
                .expectException(violationNaming("individual.fullName", "individual.workplace"));
    }

    @Test
    void refusesAbsurdStartDatesAndOverlongTexts() {
        String longText = "x".repeat(ModelRules.TEXT_MAX + 1);
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.COLLECTIVE, null,
                        ModelNovelty.NEW, "y".repeat(ModelRules.TITLE_MAX + 1), ModelField.ECONOMY, longText, longText,
                        longText, LocalDate.of(1999, 12, 31), null, false, TODAY))
                .expectNoEvents()
                .expectException(violationNaming("title", "content", "method", "expectedResults", "startDate"));
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", "D198", RegistrantKind.COLLECTIVE, null,
                        ModelNovelty.NEW, TITLE, ModelField.ECONOMY, null, null, null, TODAY.plusYears(10).plusDays(1),
                        null, false, TODAY))
                .expectNoEvents()
                .expectException(violationNaming("startDate"));
    }

    @Test
    void refusesAnOtherFieldModelWithoutContentOrManagingUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, CAMPAIGN, "W19390", null, RegistrantKind.COLLECTIVE, null,
                        ModelNovelty.NEW, TITLE, ModelField.OTHER, " ", null, null, null, null, false, TODAY))
                .expectNoEvents()
                .expectException(violationNaming("managingUnitId", "content"));
    }

    // ---- amend ------------------------------------------------------------------------------------------

    @Test
    void amendsWhileNoReviewStarted() {
        fixture.given(registered())
                .when(amend("Dân vận khéo: đường làng", ModelField.NEW_RURAL_CONSTRUCTION, "Hiến đất, góp công"))
                .expectResultMessagePayload(true)
                .expectEvents(amended("Dân vận khéo: đường làng", ModelField.NEW_RURAL_CONSTRUCTION, "Hiến đất, góp công", false));
    }

    @Test
    void anAmendmentThatChangesNothingRecordsNothing() {
        fixture.given(registered())
                .when(amend(TITLE, ModelField.NEW_RURAL_CONSTRUCTION, "Vận động hiến đất làm đường"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void amendingAConfirmedOtherModelsContentAsksForConfirmationAgain() {
        fixture.given(registered(ModelField.OTHER), new ModelContentConfirmedEvent(MODEL, CAMPAIGN, "D198"))
                .when(amend(TITLE, ModelField.OTHER, "Nội dung mới"))
                .expectEvents(amended(TITLE, ModelField.OTHER, "Nội dung mới", true));
    }

    @Test
    void amendingOnlyTheStartDateOfAConfirmedOtherModelKeepsTheConfirmation() {
        fixture.given(registered(ModelField.OTHER), new ModelContentConfirmedEvent(MODEL, CAMPAIGN, "D198"))
                .when(new AmendModelCommand(MODEL, TITLE, ModelField.OTHER, "Vận động hiến đất làm đường",
                        "Họp dân, làm trước", "5 km đường", LocalDate.of(2024, 6, 1), null, TODAY))
                .expectEvents(new ModelAmendedEvent(MODEL, CAMPAIGN, TITLE, ModelField.OTHER,
                        "Vận động hiến đất làm đường", "Họp dân, làm trước", "5 km đường", LocalDate.of(2024, 6, 1),
                        false, null));
    }

    @Test
    void movingIntoTheOtherFieldAsksForConfirmation() {
        fixture.given(registered())
                .when(amend(TITLE, ModelField.OTHER, "Vận động hiến đất làm đường"))
                .expectEvents(amended(TITLE, ModelField.OTHER, "Vận động hiến đất làm đường", true));
    }

    @Test
    void refusesAnAmendmentWithBadValuesNamingEveryField() {
        fixture.given(registered())
                .when(new AmendModelCommand(MODEL, " ", null, null, null, null, LocalDate.of(1990, 1, 1),
                        "r".repeat(ModelRules.REASON_MAX + 1), TODAY))
                .expectNoEvents()
                .expectException(violationNaming("title", "field", "startDate", "reason"));
    }

    @Test
    void refusesMovingIntoOtherWithoutAManagingUnit() {
        fixture.given(new ModelRegisteredEvent(MODEL, CAMPAIGN, "T45", null, RegistrantKind.COLLECTIVE, null,
                        ModelNovelty.NEW, TITLE, ModelField.ECONOMY, "Nội dung", null, null, null, false, null, false))
                .when(amend(TITLE, ModelField.OTHER, "Nội dung"))
                .expectNoEvents()
                .expectException(violationNaming("field"));
    }

    @Test
    void refusesAmendingARecognisedModel() {
        fixture.given(registered(), new ModelLockedEvent(MODEL, "review-1", "D198"))
                .when(amend("Tên mới", ModelField.ECONOMY, null))
                .expectNoEvents()
                .expectException(violationWithCode("review-started"));
    }

    @Test
    void refusesAmendingAWithdrawnModel() {
        fixture.given(registered(), new ModelWithdrawnEvent(MODEL, CAMPAIGN, "W19390", "Trùng"))
                .when(amend("Tên mới", ModelField.ECONOMY, null))
                .expectNoEvents()
                .expectException(violationWithCode("model-withdrawn"));
    }

    // ---- confirm content ----------------------------------------------------------------------------------

    @Test
    void theManagingUnitConfirmsAnOtherModelsContent() {
        fixture.given(registered(ModelField.OTHER))
                .when(new ConfirmModelContentCommand(MODEL, "D198"))
                .expectEvents(new ModelContentConfirmedEvent(MODEL, CAMPAIGN, "D198"));
    }

    @Test
    void anotherUnitCannotConfirm() {
        fixture.given(registered(ModelField.OTHER))
                .when(new ConfirmModelContentCommand(MODEL, "W19390"))
                .expectNoEvents()
                .expectException(violationWithCode("not-managing-unit"));
        fixture.given(registered(ModelField.OTHER))
                .when(new ConfirmModelContentCommand(MODEL, null))
                .expectNoEvents()
                .expectException(violationWithCode("not-managing-unit"));
    }

    @Test
    void confirmationIsOnlyForOtherModelsAndOnlyOnce() {
        fixture.given(registered())
                .when(new ConfirmModelContentCommand(MODEL, "D198"))
                .expectNoEvents()
                .expectException(violationWithCode("confirmation-not-needed"));
        fixture.given(registered(ModelField.OTHER), new ModelContentConfirmedEvent(MODEL, CAMPAIGN, "D198"))
                .when(new ConfirmModelContentCommand(MODEL, "D198"))
                .expectNoEvents()
                .expectException(violationWithCode("already-confirmed"));
    }

    @Test
    void aWithdrawnModelIsNotConfirmed() {
        fixture.given(registered(ModelField.OTHER), new ModelWithdrawnEvent(MODEL, CAMPAIGN, "W19390", "Trùng"))
                .when(new ConfirmModelContentCommand(MODEL, "D198"))
                .expectNoEvents()
                .expectException(violationWithCode("model-withdrawn"));
    }

    // ---- lock (recognised by the review service) --------------------------------------------------------

    @Test
    void recognitionLocksTheModelOnce() {
        fixture.given(registered())
                .when(new LockModelCommand(MODEL, "review-1", "D198"))
                .expectEvents(new ModelLockedEvent(MODEL, "review-1", "D198"));
        fixture.given(registered(), new ModelLockedEvent(MODEL, "review-1", "D198"))
                .when(new LockModelCommand(MODEL, "review-1", "D198"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- supplement requested by the review service -------------------------------------------------------

    @Test
    void aSupplementRequestOpensALockedModelForAmendmentOnce() {
        var request = new NoteSupplementRequestCommand(MODEL, "review-1", "req-1", "Bổ sung ảnh chân dung",
                LocalDate.of(2027, 1, 15), "D464");
        var requested = new SupplementRequestedEvent(MODEL, "review-1", "req-1", "Bổ sung ảnh chân dung",
                LocalDate.of(2027, 1, 15), "D464", true);
        fixture.given(registered(), new ModelLockedEvent(MODEL, "review-1", "D198"))
                .when(request)
                .expectEvents(requested);
        fixture.given(registered(), new ModelLockedEvent(MODEL, "review-1", "D198"), requested)
                .when(request)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered(), new ModelLockedEvent(MODEL, "review-1", "D198"), requested)
                .when(amend("Dân vận khéo đã bổ sung", ModelField.ECONOMY, "Nội dung"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(amended("Dân vận khéo đã bổ sung", ModelField.ECONOMY, "Nội dung", false));
        fixture.given(registered())
                .when(request)
                .expectEvents(new SupplementRequestedEvent(MODEL, "review-1", "req-1", "Bổ sung ảnh chân dung",
                        LocalDate.of(2027, 1, 15), "D464", false));
    }

    @Test
    void theAnswerToTheOpenRequestIsRecordedOnce() {
        var requested = new SupplementRequestedEvent(MODEL, "review-1", "req-1", "Bổ sung", LocalDate.of(2027, 1, 15),
                "D464", false);
        var answered = new SupplementAnsweredEvent(MODEL, "req-1", LocalDate.of(2027, 1, 10), false);
        fixture.given(registered(), requested)
                .when(new NoteSupplementAnsweredCommand(MODEL, "req-1", LocalDate.of(2027, 1, 10), false))
                .expectEvents(answered);
        fixture.given(registered(), requested, answered)
                .when(new NoteSupplementAnsweredCommand(MODEL, "req-1", LocalDate.of(2027, 1, 10), false))
                .expectNoEvents();
        fixture.given(registered(), requested)
                .when(new NoteSupplementAnsweredCommand(MODEL, "req-0", LocalDate.of(2027, 1, 10), false))
                .expectNoEvents();
    }

    // ---- withdraw ---------------------------------------------------------------------------------------

    @Test
    void canWithdrawWithReason() {
        fixture.given(registered())
                .when(new WithdrawModelCommand(MODEL, " Đơn vị sáp nhập "))
                .expectEvents(new ModelWithdrawnEvent(MODEL, CAMPAIGN, "W19390", "Đơn vị sáp nhập"));
    }

    @Test
    void canWithdrawARecognisedModel() {
        fixture.given(registered(), new ModelLockedEvent(MODEL, "review-1", "D198"))
                .when(new WithdrawModelCommand(MODEL, "Mô hình ngừng hoạt động"))
                .expectEvents(new ModelWithdrawnEvent(MODEL, CAMPAIGN, "W19390", "Mô hình ngừng hoạt động"));
    }

    @Test
    void cannotWithdrawWithoutReason() {
        fixture.given(registered())
                .when(new WithdrawModelCommand(MODEL, " "))
                .expectNoEvents()
                .expectException(violationNaming("reason"));
    }

    @Test
    void cannotWithdrawWithAnOverlongReason() {
        fixture.given(registered())
                .when(new WithdrawModelCommand(MODEL, "r".repeat(ModelRules.REASON_MAX + 1)))
                .expectNoEvents()
                .expectException(violationNaming("reason"));
    }

    @Test
    void cannotWithdrawTwice() {
        fixture.given(registered(), new ModelWithdrawnEvent(MODEL, CAMPAIGN, "W19390", "Đơn vị sáp nhập"))
                .when(new WithdrawModelCommand(MODEL, "lần nữa"))
                .expectNoEvents()
                .expectException(violationWithCode("already-withdrawn"));
    }

    // ---- matchers ---------------------------------------------------------------------------------------

    static Matcher<RuleViolation> violationNaming(String... fields) {
        return RuleViolations.naming(fields);
    }

    static Matcher<RuleViolation> violationWithCode(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code) && violation.fields().isEmpty();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a state rule violation (no fields, 409) with code ").appendValue(code);
            }
        };
    }
}
