package vn.thidua.review.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.ComprehensiveCriterion;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The review case's rules as given/when/then specifications; days are pinned (today = 2024-04-01). */
class ReviewCaseTest {

    private static final String CASE = ReviewCaseIds.forModel("model-1");
    private static final CaseRef REF = new CaseRef(CASE, "model-1", "vinh-linh-2023", "W19390");
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);
    private static final RecognitionDecision DECISION = new RecognitionDecision("12-QĐ/HU", TODAY, "Nguyễn Văn Hùng",
            "district");
    private AggregateTestFixture<ReviewCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReviewCase.class);
    }

    private static ReviewCaseOpenedEvent opened() {
        return opened("ECONOMY", false);
    }

    private static ReviewCaseOpenedEvent opened(String field, boolean awaitsConfirmation) {
        return new ReviewCaseOpenedEvent(CASE, "model-1", "vinh-linh-2023", "W19390", "Dân vận khéo", field,
                awaitsConfirmation, "D198", 5, "Quy tắc 5");
    }

    private static ReviewCaseOpenedEvent unrouted() {
        return new ReviewCaseOpenedEvent(CASE, "model-1", "vinh-linh-2023", "W19390", "Dân vận khéo", "ECONOMY",
                false, null, null, "Không quy tắc nào khớp");
    }

    private static ReviewMeetingHeldEvent passedMeeting() {
        return new ReviewMeetingHeldEvent(REF, TODAY, "Chủ trì", List.of("a", "b", "c"), 3, 3, 0, 0, true, true, "Đạt");
    }

    /** Everything recognition needs for a field model: a passed meeting and the whole dossier. */
    private static final StoredFile FILE = new StoredFile("f1", "bien-ban.pdf", "application/pdf", 1234, "ab12");

    private static List<Object> ready(Object opened) {
        List<Object> events = new ArrayList<>(List.of(opened, passedMeeting(),
                new AuthorityDocumentRecordedEvent(REF, AuthorityDocumentKind.MINUTES, "BB-1", TODAY, FILE),
                new AuthorityDocumentRecordedEvent(REF, AuthorityDocumentKind.SUBMISSION, "TTr-1", TODAY, FILE),
                new DossierDocumentNotedEvent(REF, "d1", "ACHIEVEMENT_REPORT", "bao-cao.pdf")));
        events.add(new DossierDocumentNotedEvent(REF, "d2", "PHOTO", "a.jpg"));
        events.add(new DossierDocumentNotedEvent(REF, "d3", "PHOTO", "b.jpg"));
        events.add(new DossierDocumentNotedEvent(REF, "d4", "PORTRAIT", "c.jpg"));
        events.add(new DossierDocumentNotedEvent(REF, "d5", "PORTRAIT", "d.jpg"));
        return events;
    }

    private static ModelRecognizedEvent recognized() {
        return new ModelRecognizedEvent(CASE, "model-1", "vinh-linh-2023", "W19390", "D198", "12-QĐ/HU", TODAY,
                "Nguyễn Văn Hùng", "district");
    }

    private static List<CriterionMark> allCriteria(boolean schoolsAdvanced) {
        return Arrays.stream(ComprehensiveCriterion.values()).map(c -> new CriterionMark(c,
                schoolsAdvanced || c != ComprehensiveCriterion.SCHOOLS_ADVANCED, "Biên bản")).toList();
    }

    private static HoldReviewMeetingCommand meeting(int present, int total, int yes, int no, int abstain) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < present; i++) members.add("Thành viên " + i);
        return new HoldReviewMeetingCommand(CASE, TODAY, "Chủ trì", members, total, yes, no, abstain, "Kết luận",
                MeetingRules.DEFAULT, TODAY);
    }

    @Test
    void opensCaseRoutedToItsAuthority() {
        fixture.givenNoPriorActivity()
                .when(new OpenReviewCaseCommand(CASE, "model-1", "vinh-linh-2023", "W19390", "Dân vận khéo",
                        "ECONOMY", false, new Routing("D198", 5, "Quy tắc 5"), null))
                .expectEvents(opened());
    }

    @Test
    void opensCaseThatNoRuleFitsForTheBoardToRoute() {
        fixture.givenNoPriorActivity()
                .when(new OpenReviewCaseCommand(CASE, "model-1", "vinh-linh-2023", "W19390", "Dân vận khéo",
                        "ECONOMY", false, null, "Không quy tắc nào khớp"))
                .expectEvents(unrouted());
    }

    @Test
    void caseIdIsDerivedFromModelSoRedeliveryCannotOpenASecondCase() {
        assertThat(ReviewCaseIds.forModel("model-1")).isEqualTo(CASE).isNotEqualTo(ReviewCaseIds.forModel("model-2"));
    }

    @Test
    void boardRoutesAWaitingCaseByHandWithAReason() {
        fixture.given(unrouted())
                .when(new RouteCaseByHandCommand(CASE, "D198", " Huyện ủy quản lý trực tiếp "))
                .expectEvents(new CaseRoutedByHandEvent(REF, "D198", "Huyện ủy quản lý trực tiếp"));
    }

    @Test
    void cannotRouteByHandWithoutReasonOrAuthority() {
        fixture.given(unrouted())
                .when(new RouteCaseByHandCommand(CASE, " ", null))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("validation");
    }

    @Test
    void cannotRouteADecidedCase() {
        fixture.given(ready(opened())).andGiven(recognized())
                .when(new RouteCaseByHandCommand(CASE, "D198", "Lý do"))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("case-not-open [RECOGNIZED]");
    }

    @Test
    void cannotActOnACaseNotYetRouted() {
        fixture.given(unrouted())
                .when(new RecordSurveyCommand(CASE, TODAY, List.of("Trần Thị Bình"), "Tốt", TODAY))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("case-not-routed");
    }

    @Test
    void withdrawalClosesTheCaseOnce() {
        fixture.given(opened())
                .when(new CloseReviewCaseCommand(CASE, "Sáp nhập"))
                .expectEvents(new ReviewCaseClosedEvent(REF, "WITHDRAWN", "Sáp nhập"));
        fixture.given(opened(), new ReviewCaseClosedEvent(REF, "WITHDRAWN", "Sáp nhập"))
                .when(new CloseReviewCaseCommand(CASE, "Sáp nhập"))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseCannotBeRecognised() {
        fixture.given(ready(opened())).andGiven(new ReviewCaseClosedEvent(REF, "WITHDRAWN", null))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("case-not-open [CLOSED]");
    }

    @Test
    void anAmendmentUpdatesTheCase() {
        fixture.given(opened())
                .when(new NoteModelAmendedCommand(CASE, "Tên mới", "OTHER", true, TODAY))
                .expectEvents(new CaseModelAmendedEvent(REF, "Tên mới", "OTHER", true));
    }

    @Test
    void anOtherFieldModelCannotBeRecognisedWhileItsContentAwaitsConfirmation() {
        fixture.given(ready(opened("OTHER", true)))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents().expectException(StateConflict.class)
                .expectExceptionMessage("content-awaits-confirmation");
    }

    @Test
    void onceConfirmedAnOtherFieldModelCanBeRecognised() {
        fixture.given(ready(opened("OTHER", true))).andGiven(new CaseContentConfirmedEvent(REF))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectEvents(recognized());
    }

    @Test
    void recordsASurvey() {
        fixture.given(opened())
                .when(new RecordSurveyCommand(CASE, TODAY, List.of(" Trần Thị Bình "), " Tốt ", TODAY))
                .expectEvents(new SurveyRecordedEvent(REF, TODAY, List.of("Trần Thị Bình"), "Tốt"));
    }

    @Test
    void rejectsASurveyInTheFutureWithoutInspectorsOrFindings() {
        fixture.given(opened())
                .when(new RecordSurveyCommand(CASE, TODAY.plusDays(1), List.of(), "", TODAY))
                .expectNoEvents()
                .expectException(InvalidInput.class);
        assertThat(fields(fixture.given(opened())
                .when(new RecordSurveyCommand(CASE, TODAY.plusDays(1), List.of(), "", TODAY))))
                .containsExactly("surveyedOn", "inspectors", "findings");
    }

    @Test
    void assessesTheCriteriaOfAComprehensiveModelWithAScore() {
        fixture.given(opened("COMPREHENSIVE", false))
                .when(new AssessCriteriaCommand(CASE, allCriteria(false)))
                .expectEvents(new CriteriaAssessedEvent(REF, allCriteria(false), 4, 5));
    }

    @Test
    void cannotAssessCriteriaOfAFieldModel() {
        fixture.given(opened())
                .when(new AssessCriteriaCommand(CASE, allCriteria(true)))
                .expectNoEvents().expectException(StateConflict.class)
                .expectExceptionMessage("criteria-only-comprehensive");
    }

    @Test
    void cannotAssessOnlySomeCriteriaOrOneTwice() {
        List<CriterionMark> twice = new ArrayList<>(allCriteria(true).subList(0, 4));
        twice.add(allCriteria(true).get(0));
        fixture.given(opened("COMPREHENSIVE", false))
                .when(new AssessCriteriaCommand(CASE, twice))
                .expectNoEvents().expectException(InvalidInput.class).expectExceptionMessage("criteria-incomplete [5]");
    }

    @Test
    void requestsASupplementByADueDate() {
        fixture.given(opened())
                .when(new RequestSupplementCommand(CASE, "req-1", "Bổ sung ảnh", TODAY.plusDays(14), TODAY))
                .expectEvents(new SupplementRequestedEvent(REF, "req-1", "Bổ sung ảnh", TODAY.plusDays(14)));
    }

    @Test
    void rejectsASupplementDueTodayOrWhileAnotherIsPending() {
        fixture.given(opened())
                .when(new RequestSupplementCommand(CASE, "req-1", "Bổ sung ảnh", TODAY, TODAY))
                .expectNoEvents().expectException(InvalidInput.class);
        fixture.given(opened(), new SupplementRequestedEvent(REF, "req-1", "Ảnh", TODAY.plusDays(3)))
                .when(new RequestSupplementCommand(CASE, "req-2", "Báo cáo", TODAY.plusDays(9), TODAY))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("supplement-pending [2024-04-04]");
    }

    @Test
    void aDocumentAnswersThePendingSupplementLateAfterItsDueDate() {
        fixture.given(opened(), new SupplementRequestedEvent(REF, "req-1", "Ảnh", TODAY.plusDays(3)))
                .when(new NoteDossierDocumentCommand(CASE, "d9", "PHOTO", "anh.jpg", TODAY.plusDays(5)))
                .expectEvents(new DossierDocumentNotedEvent(REF, "d9", "PHOTO", "anh.jpg"),
                        new SupplementReceivedEvent(REF, "req-1", "DOCUMENT", "d9", TODAY.plusDays(5), true));
    }

    @Test
    void anAmendmentAnswersThePendingSupplementInTime() {
        fixture.given(opened(), new SupplementRequestedEvent(REF, "req-1", "Sửa nội dung", TODAY.plusDays(3)))
                .when(new NoteModelAmendedCommand(CASE, "t", "ECONOMY", false, TODAY.plusDays(1)))
                .expectEvents(new CaseModelAmendedEvent(REF, "t", "ECONOMY", false),
                        new SupplementReceivedEvent(REF, "req-1", "AMENDMENT", null, TODAY.plusDays(1), false));
    }

    @Test
    void aRedeliveredDocumentIsNotedOnce() {
        fixture.given(opened(), new DossierDocumentNotedEvent(REF, "d1", "PHOTO", "a.jpg"))
                .when(new NoteDossierDocumentCommand(CASE, "d1", "PHOTO", "a.jpg", TODAY))
                .expectNoEvents();
    }

    @Test
    void aMeetingWithQuorumAndMajorityPasses() {
        fixture.given(opened())
                .when(meeting(3, 4, 2, 1, 0))
                .expectEvents(new ReviewMeetingHeldEvent(REF, TODAY, "Chủ trì",
                        List.of("Thành viên 0", "Thành viên 1", "Thành viên 2"), 4, 2, 1, 0, true, true, "Kết luận"));
    }

    @Test
    void aMeetingWithoutQuorumOrWithATieDoesNotPass() {
        fixture.given(opened())
                .when(meeting(2, 4, 2, 0, 0))
                .expectEvents(new ReviewMeetingHeldEvent(REF, TODAY, "Chủ trì", List.of("Thành viên 0", "Thành viên 1"),
                        4, 2, 0, 0, false, false, "Kết luận"));
        fixture.given(opened())
                .when(meeting(4, 4, 2, 2, 0))
                .expectEvents(new ReviewMeetingHeldEvent(REF, TODAY, "Chủ trì",
                        List.of("Thành viên 0", "Thành viên 1", "Thành viên 2", "Thành viên 3"), 4, 2, 2, 0, true,
                        false, "Kết luận"));
    }

    @Test
    void rejectsVotesThatDoNotAddUpToTheMembersPresent() {
        fixture.given(opened())
                .when(meeting(3, 3, 3, 1, 0))
                .expectNoEvents().expectException(InvalidInput.class).expectExceptionMessage("votes-must-add-up [3]");
    }

    @Test
    void rejectsFewerMembersThanArePresent() {
        fixture.given(opened())
                .when(meeting(3, 2, 3, 0, 0))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void recordsTheAuthoritysDocuments() {
        fixture.given(opened())
                .when(new RecordAuthorityDocumentCommand(CASE, AuthorityDocumentKind.MINUTES, " BB-01 ", TODAY, FILE, TODAY))
                .expectEvents(new AuthorityDocumentRecordedEvent(REF, AuthorityDocumentKind.MINUTES, "BB-01", TODAY, FILE));
    }

    @Test
    void refusesAnAuthorityDocumentWithoutItsFile() {
        fixture.given(opened())
                .when(new RecordAuthorityDocumentCommand(CASE, AuthorityDocumentKind.MINUTES, "BB-01", TODAY, null, TODAY))
                .expectNoEvents()
                .expectException(InvalidInput.class);
        assertThat(fields(fixture.given(opened())
                .when(new RecordAuthorityDocumentCommand(CASE, AuthorityDocumentKind.MINUTES, "BB-01", TODAY, null, TODAY))))
                .containsExactly("file");
    }

    @Test
    void doesNotCountADocumentRecordedByReferenceOnly() {
        List<Object> byReference = new ArrayList<>(ready(opened()));
        byReference.replaceAll(e -> e instanceof AuthorityDocumentRecordedEvent d && d.kind() == AuthorityDocumentKind.MINUTES
                ? new AuthorityDocumentRecordedEvent(REF, d.kind(), d.reference(), d.issuedOn(), null) : e);
        RuleViolation conflict = thrown(fixture.given(byReference).when(new RecognizeModelCommand(CASE, "D198", DECISION)));
        assertThat(conflict.fields()).extracting(FieldIssue::code).containsExactly("dossier-minutes");
    }

    @Test
    void canRecognizeAReadyCaseByADecision() {
        fixture.given(ready(opened()))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectEvents(recognized());
    }

    @Test
    void cannotRecognizeWithoutAPassedMeeting() {
        List<Object> noMeeting = new ArrayList<>(ready(opened()));
        noMeeting.remove(1);
        fixture.given(noMeeting)
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("meeting-not-passed");
    }

    @Test
    void cannotRecognizeWhileTheDossierIsIncompleteNamingWhatIsMissing() {
        fixture.given(opened(), passedMeeting(), new DossierDocumentNotedEvent(REF, "d2", "PHOTO", "a.jpg"))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents().expectException(StateConflict.class)
                .expectExceptionMessage("dossier-incomplete [5]");
        StateConflict conflict = (StateConflict) thrown(fixture.given(opened(), passedMeeting())
                .when(new RecognizeModelCommand(CASE, "D198", DECISION)));
        assertThat(conflict.fields()).extracting(FieldIssue::code).containsExactly("dossier-minutes",
                "dossier-submission", "dossier-achievement-report", "dossier-model-photos", "dossier-portraits");
        assertThat(RuleMessages.get().text(conflict, RuleMessages.VIETNAMESE))
                .isEqualTo("Hồ sơ đề nghị công nhận còn thiếu 5 thành phần");
    }

    @Test
    void aComprehensiveModelNeedsItsCriteriaAssessedBeforeRecognition() {
        fixture.given(ready(opened("COMPREHENSIVE", false)))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("dossier-incomplete [1]");
        fixture.given(ready(opened("COMPREHENSIVE", false)))
                .andGiven(new CriteriaAssessedEvent(REF, allCriteria(true), 5, 5))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectEvents(recognized());
    }

    @Test
    void cannotRecognizeWhileASupplementIsPending() {
        fixture.given(ready(opened()))
                .andGiven(new SupplementRequestedEvent(REF, "req-1", "Ảnh", TODAY.plusDays(3)))
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents().expectException(StateConflict.class);
    }

    @Test
    void cannotRecognizeWithoutTheDecisionsDetails() {
        fixture.given(ready(opened()))
                .when(new RecognizeModelCommand(CASE, "D198", new RecognitionDecision(" ", null, null, "district")))
                .expectNoEvents().expectException(InvalidInput.class);
        assertThat(fields(fixture.given(ready(opened()))
                .when(new RecognizeModelCommand(CASE, "D198", null))))
                .containsExactly("decisionNumber", "decidedOn", "signer", "level");
    }

    @Test
    void cannotRecognizeTwice() {
        fixture.given(ready(opened())).andGiven(recognized())
                .when(new RecognizeModelCommand(CASE, "D198", DECISION))
                .expectNoEvents()
                .expectException(StateConflict.class)
                .expectExceptionMessage("already-recognized");
    }

    @Test
    void cannotRecognizeWithoutRecognizingUnit() {
        fixture.given(opened())
                .when(new RecognizeModelCommand(CASE, "", DECISION))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("recognizing-unit-required");
    }

    @Test
    void declinesWithReasons() {
        fixture.given(opened())
                .when(new DeclineRecognitionCommand(CASE, "D198", TODAY, List.of(" Chưa đạt tiêu chí ")))
                .expectEvents(new RecognitionDeclinedEvent(REF, "D198", TODAY, List.of("Chưa đạt tiêu chí")));
    }

    @Test
    void cannotDeclineWithoutReasonsOrTwice() {
        fixture.given(opened())
                .when(new DeclineRecognitionCommand(CASE, "D198", TODAY, List.of()))
                .expectNoEvents().expectException(InvalidInput.class);
        fixture.given(opened(), new RecognitionDeclinedEvent(REF, "D198", TODAY, List.of("x")))
                .when(new DeclineRecognitionCommand(CASE, "D198", TODAY, List.of("y")))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("case-not-open [DECLINED]");
    }

    @Test
    void revokesARecognitionWithReasons() {
        fixture.given(ready(opened())).andGiven(recognized())
                .when(new RevokeRecognitionCommand(CASE, "D198", TODAY, " ", List.of("Ngừng hoạt động")))
                .expectEvents(new RecognitionRevokedEvent(REF, "D198", TODAY, null, List.of("Ngừng hoạt động")));
    }

    @Test
    void cannotRevokeWhatWasNotRecognised() {
        fixture.given(opened())
                .when(new RevokeRecognitionCommand(CASE, "D198", TODAY, null, List.of("x")))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("not-recognized");
    }

    @Test
    void assessesARecognisedModelsEffectivenessAtAMilestone() {
        fixture.given(ready(opened())).andGiven(recognized())
                .when(new AssessEffectivenessCommand(CASE, "D198", ReviewMilestone.SIX_MONTH, 2024,
                        EffectivenessVerdict.WEAKENED, " Ít hộ tham gia ", TODAY, TODAY))
                .expectEvents(new EffectivenessAssessedEvent(REF, "D198", ReviewMilestone.SIX_MONTH, 2024,
                        EffectivenessVerdict.WEAKENED, "Ít hộ tham gia", TODAY));
    }

    @Test
    void anEffectivenessCheckNeedsMilestoneYearVerdictEvidenceAndAPastDay() {
        var result = fixture.given(opened())
                .when(new AssessEffectivenessCommand(CASE, "D198", null, 1999, null, " ", TODAY.plusDays(1), TODAY));
        assertThat(fields(result)).containsExactly("milestone", "year", "verdict", "evidence", "assessedOn");
    }

    @Test
    void aWithdrawnModelIsNotCheckedForEffectiveness() {
        fixture.given(opened(), new ReviewCaseClosedEvent(REF, "WITHDRAWN", "Sáp nhập"))
                .when(new AssessEffectivenessCommand(CASE, "D198", ReviewMilestone.YEAR_END, 2024,
                        EffectivenessVerdict.EFFECTIVE, "Hoạt động đều", TODAY, TODAY))
                .expectNoEvents().expectException(StateConflict.class).expectExceptionMessage("case-not-open [CLOSED]");
    }

    @Test
    void everyNewViolationHasTextsInBothLanguages() {
        RuleMessages messages = RuleMessages.get();
        for (String code : List.of("case-not-routed", "criteria-only-comprehensive", "content-awaits-confirmation",
                "meeting-not-passed", "not-recognized", "routing-table-invalid")) {
            StateConflict conflict = new StateConflict(code);
            assertThat(messages.text(conflict, RuleMessages.VIETNAMESE)).as(code).doesNotContain(code);
            assertThat(messages.text(conflict, Locale.ENGLISH)).as(code).doesNotContain(code);
        }
        assertThat(messages.text(new StateConflict("content-awaits-confirmation"), Locale.ENGLISH))
                .contains("model's content");
        assertThat(messages.resolve(List.of(FieldIssue.of("dossier", "dossier-portraits")))).containsExactly(
                new RuleMessages.ResolvedField("dossier", "02 ảnh chân dung", "2 portraits"));
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

    /** The rule violation the command was refused with. */
    private static RuleViolation thrown(ResultValidator<ReviewCase> result) {
        AtomicReference<RuleViolation> violation = new AtomicReference<>();
        result.expectNoEvents().expectException(new CustomTypeSafeMatcher<RuleViolation>("a rule violation") {
            @Override
            protected boolean matchesSafely(RuleViolation item) {
                violation.set(item);
                return true;
            }
        });
        return violation.get();
    }

    private static List<String> fields(ResultValidator<ReviewCase> result) {
        return thrown(result).fields().stream().map(FieldIssue::field).toList();
    }
}
