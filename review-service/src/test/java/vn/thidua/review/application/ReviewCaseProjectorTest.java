package vn.thidua.review.application;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.ComprehensiveCriterion;
import vn.thidua.review.application.ReviewCaseStore.CaseFilter;
import vn.thidua.review.domain.AuthorityDocumentKind;
import vn.thidua.review.domain.AuthorityDocumentRecordedEvent;
import vn.thidua.review.domain.StoredFile;
import vn.thidua.review.domain.CaseRef;
import vn.thidua.review.domain.CaseRoutedByHandEvent;
import vn.thidua.review.domain.CriteriaAssessedEvent;
import vn.thidua.review.domain.CriterionMark;
import vn.thidua.review.domain.DossierDocumentDroppedEvent;
import vn.thidua.review.domain.DossierDocumentNotedEvent;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.EffectivenessAssessedEvent;
import vn.thidua.review.domain.EffectivenessVerdict;
import vn.thidua.review.domain.RecognitionRevokedEvent;
import vn.thidua.review.domain.ReviewMilestone;
import vn.thidua.review.domain.ReviewCaseClosedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;
import vn.thidua.review.domain.ReviewMeetingHeldEvent;
import vn.thidua.review.domain.SupplementReceivedEvent;
import vn.thidua.review.domain.SupplementRequestedEvent;
import vn.thidua.review.domain.SurveyRecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The review-case views folded as a plain class on an in-memory store. */
class ReviewCaseProjectorTest {

    private static final Instant OPENED = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2024-04-01T02:00:00Z");
    private static final CaseRef REF = new CaseRef("case-1", "model-1", "vinh-linh-2023", "W19363");

    private final InMemoryReviewCaseStore store = new InMemoryReviewCaseStore();
    private final ReviewCaseProjector projector = new ReviewCaseProjector(store);

    private ReviewCaseView view() {
        return store.find("case-1").orElseThrow();
    }

    private void open(String field) {
        projector.on(new ReviewCaseOpenedEvent("case-1", "model-1", "vinh-linh-2023", "W19363", "Dân vận khéo",
                field, false, "D464", 5, "Quy tắc 5: ..."), OPENED);
    }

    @Test
    void anOpenedCaseShowsItsRoutingAndEverythingItsDossierLacks() {
        open("ECONOMY");
        assertThat(view().getStatus()).isEqualTo(ReviewCaseView.OPEN);
        assertThat(view().getAuthorityUnitId()).isEqualTo("D464");
        assertThat(view().getRoutingRule()).isEqualTo(5);
        assertThat(view().getMissing()).containsExactly("minutes", "submission", "achievement-report",
                "model-photos", "portraits");
    }

    @Test
    void aCaseNoRuleFittedWaitsUntilTheBoardRoutesItByHand() {
        projector.on(new ReviewCaseOpenedEvent("case-1", "model-1", "c", "W19363", "t", "OTHER", true, null, null,
                "Không quy tắc nào ..."), OPENED);
        assertThat(view().getStatus()).isEqualTo(ReviewCaseView.NEEDS_ROUTING);
        assertThat(view().isContentAwaitsConfirmation()).isTrue();
        projector.on(new CaseRoutedByHandEvent(REF, "D464", "Huyện ủy quản lý trực tiếp"), LATER);
        assertThat(view().getStatus()).isEqualTo(ReviewCaseView.OPEN);
        assertThat(view().isRoutedByHand()).isTrue();
        assertThat(view().getRoutingReason()).isEqualTo("Huyện ủy quản lý trực tiếp");
    }

    @Test
    void theDossierFillsAsDocumentsComeAndGo() {
        open("COMPREHENSIVE");
        for (String kind : List.of("ACHIEVEMENT_REPORT", "PHOTO", "PHOTO", "PORTRAIT", "PORTRAIT")) {
            projector.on(new DossierDocumentNotedEvent(REF, "doc-" + store.size() + kind + Math.random(), kind,
                    "f"), LATER);
        }
        projector.on(new AuthorityDocumentRecordedEvent(REF, AuthorityDocumentKind.MINUTES, "BB-01",
                LocalDate.of(2024, 3, 20), null), LATER);
        assertThat(view().getMissing()).as("a document without its file does not count")
                .containsExactly("minutes", "submission", "criteria");
        projector.on(new AuthorityDocumentRecordedEvent(REF, AuthorityDocumentKind.MINUTES, "BB-01",
                LocalDate.of(2024, 3, 20), new StoredFile("f1", "bien-ban.pdf", "application/pdf", 10, "ab")), LATER);
        projector.on(new AuthorityDocumentRecordedEvent(REF, AuthorityDocumentKind.SUBMISSION, "TTr-02",
                LocalDate.of(2024, 3, 21), new StoredFile("f2", "to-trinh.pdf", "application/pdf", 10, "cd")), LATER);
        assertThat(view().getMissing()).containsExactly("criteria");
        assertThat(view().getAuthorityDocuments()).extracting(ReviewCaseView.AuthorityDocument::fileName)
                .containsExactly(null, "bien-ban.pdf", "to-trinh.pdf");
        projector.on(new CriteriaAssessedEvent(REF, Arrays.stream(ComprehensiveCriterion.values())
                .map(c -> new CriterionMark(c, true, null)).toList(), 5, 5), LATER);
        assertThat(view().getMissing()).isEmpty();
        assertThat(view().getCriteria().score()).isEqualTo(5);
        String photo = view().getDossier().get(1).documentId();
        projector.on(new DossierDocumentDroppedEvent(REF, photo), LATER);
        assertThat(view().getMissing()).containsExactly("model-photos");
    }

    @Test
    void aSupplementIsOverdueAfterItsDueDateUntilReceived() {
        open("ECONOMY");
        projector.on(new SupplementRequestedEvent(REF, "req-1", "Bổ sung ảnh", LocalDate.of(2024, 4, 10)), LATER);
        assertThat(view().judgeOverdue(LocalDate.of(2024, 4, 10)).isSupplementOverdue()).isFalse();
        assertThat(view().judgeOverdue(LocalDate.of(2024, 4, 11)).isSupplementOverdue()).isTrue();
        projector.on(new SupplementReceivedEvent(REF, "req-1", "DOCUMENT", "doc-9", LocalDate.of(2024, 4, 12), true),
                LATER);
        assertThat(view().judgeOverdue(LocalDate.of(2024, 4, 13)).isSupplementOverdue()).isFalse();
        assertThat(view().getSupplements().get(0).late()).isTrue();
    }

    @Test
    void surveyMeetingRecognitionAndRevocationShowInTheCase() {
        open("ECONOMY");
        projector.on(new SurveyRecordedEvent(REF, LocalDate.of(2024, 3, 5), List.of("Trần Thị Bình"), "Tốt"), LATER);
        projector.on(new ReviewMeetingHeldEvent(REF, LocalDate.of(2024, 3, 20), "Nguyễn Văn Hùng",
                List.of("a", "b", "c"), 3, 3, 0, 0, true, true, "Đề nghị công nhận"), LATER);
        projector.on(new ModelRecognizedEvent("case-1", "model-1", "vinh-linh-2023", "W19363", "D464", "12-QĐ/HU",
                LocalDate.of(2024, 3, 25), "Nguyễn Văn Hùng", "district"), LATER);
        assertThat(view().getSurveys()).hasSize(1);
        assertThat(view().getMeeting().passed()).isTrue();
        assertThat(view().getStatus()).isEqualTo(ReviewCaseView.RECOGNIZED);
        assertThat(view().getRecognizedByUnitId()).isEqualTo("D464");
        assertThat(view().getRecognizedAt()).isEqualTo(LATER);
        assertThat(view().getDecision().number()).isEqualTo("12-QĐ/HU");
        projector.on(new RecognitionRevokedEvent(REF, "D464", LocalDate.of(2024, 12, 1), null,
                List.of("Ngừng hoạt động")), LATER);
        assertThat(view().getStatus()).isEqualTo("REVOKED");
        assertThat(view().getDecision().reasons()).containsExactly("Ngừng hoạt động");
    }

    @Test
    void aLaterCheckOfTheSameMilestoneReplacesTheEarlierOneAndComesFirst() {
        open("ECONOMY");
        projector.on(new EffectivenessAssessedEvent(REF, "D464", ReviewMilestone.SIX_MONTH, 2024,
                EffectivenessVerdict.EFFECTIVE, "Đều", LocalDate.of(2024, 6, 25)), LATER);
        projector.on(new EffectivenessAssessedEvent(REF, "D464", ReviewMilestone.YEAR_END, 2024,
                EffectivenessVerdict.WEAKENED, "Ít hộ", LocalDate.of(2024, 12, 20)), LATER);
        projector.on(new EffectivenessAssessedEvent(REF, "D464", ReviewMilestone.SIX_MONTH, 2024,
                EffectivenessVerdict.STOPPED, "Ngừng", LocalDate.of(2024, 6, 30)), LATER);
        assertThat(view().getEffectiveness()).extracting(ReviewCaseView.Effectiveness::milestone,
                        ReviewCaseView.Effectiveness::verdict)
                .containsExactly(tuple("SIX_MONTH", "STOPPED"), tuple("YEAR_END", "WEAKENED"));
    }

    @Test
    void aWithdrawnModelsCaseIsClosed() {
        open("ECONOMY");
        projector.on(new ReviewCaseClosedEvent(REF, "WITHDRAWN", "Sáp nhập"), LATER);
        assertThat(view().getStatus()).isEqualTo("CLOSED");
        assertThat(view().getClosedBecause()).isEqualTo("WITHDRAWN");
    }

    @Test
    void listsOnlyVisibleCasesOldestFirst() {
        projector.on(new ReviewCaseOpenedEvent("case-2", "model-2", "c", "W19375"), LATER);
        projector.on(new ReviewCaseOpenedEvent("case-1", "model-1", "c", "W19363"), OPENED);
        projector.on(new ReviewCaseOpenedEvent("case-3", "model-3", "c", "W19369"), LATER.plusSeconds(1));
        assertThat(store.find(new CaseFilter("c", null, ReviewCaseView.OPEN, null, null),
                view -> !view.getUnitId().equals("W19375"), 10))
                .extracting(ReviewCaseView::getReviewCaseId).containsExactly("case-1", "case-3");
    }
}
