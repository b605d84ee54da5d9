package vn.thidua.reporting.application.history;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.RecognitionDeclined;
import vn.thidua.contracts.ModelEffectivenessAssessed;
import vn.thidua.contracts.RecognitionRevoked;
import vn.thidua.contracts.ReviewClosed;
import vn.thidua.contracts.ReviewMeetingHeld;
import vn.thidua.contracts.ReviewRoutedByHand;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.contracts.SurveyRecorded;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.domain.history.ModelAction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The review stage's events as entries of the model's history. */
class HistoryEntriesTest {

    private static final Actor ACTOR = new Actor("huyen-uy", "D464");
    private static final Instant AT = Instant.parse("2024-10-20T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 10, 20);

    private static HistoryEntry entry(IntegrationEvent event) {
        return HistoryEntries.of("e-1", event, null, null).orElseThrow();
    }

    @Test
    void theReviewStageShowsInTheModelsHistory() {
        assertThat(List.of(
                entry(new ReviewRoutedByHand("c", "m", "k", "u", "D464", "Lý do", ACTOR, AT)),
                entry(new SurveyRecorded("c", "m", "k", "u", DAY, List.of("A"), "Tốt", ACTOR, AT)),
                entry(new SupplementRequested("c", "m", "k", "u", "r", "Ảnh", DAY, ACTOR, AT)),
                entry(new SupplementReceived("c", "m", "k", "u", "r", "DOCUMENT", "d", DAY, false, ACTOR, AT)),
                entry(new ReviewMeetingHeld("c", "m", "k", "u", DAY, "A", List.of("A"), 1, 1, 0, 0, true, true,
                        "Đạt", ACTOR, AT)),
                entry(new RecognitionDeclined("c", "m", "k", "u", "D464", DAY, List.of("x", "y"), ACTOR, AT)),
                entry(new RecognitionRevoked("c", "m", "k", "u", "D464", DAY, "45-QĐ", List.of("z"), ACTOR, AT)),
                entry(new ReviewClosed("c", "m", "k", "u", "WITHDRAWN", "Sáp nhập", ACTOR, AT))))
                .extracting(HistoryEntry::action).containsExactly(ModelAction.ROUTED_BY_HAND, ModelAction.SURVEYED,
                        ModelAction.SUPPLEMENT_REQUESTED, ModelAction.SUPPLEMENT_RECEIVED,
                        ModelAction.REVIEW_MEETING_HELD, ModelAction.RECOGNITION_DECLINED,
                        ModelAction.RECOGNITION_REVOKED, ModelAction.REVIEW_CLOSED);
        assertThat(entry(new RecognitionDeclined("c", "m", "k", "u", "D464", DAY, List.of("x", "y"), ACTOR, AT))
                .reason()).isEqualTo("x; y");
    }

    @Test
    void anEffectivenessCheckShowsItsVerdictAndEvidence() {
        HistoryEntry check = entry(new ModelEffectivenessAssessed("c", "m", "k", "u", "D464", "YEAR_END", 2024,
                "WEAKENED", "Ít hộ tham gia", DAY, ACTOR, AT));
        assertThat(check.action()).isEqualTo(ModelAction.EFFECTIVENESS_ASSESSED);
        assertThat(check.detail()).isEqualTo("YEAR_END 2024: WEAKENED");
        assertThat(check.reason()).isEqualTo("Ít hộ tham gia");
    }

    @Test
    void aRecognitionShowsItsDecisionNumberOrElseTheRecognisingUnit() {
        assertThat(entry(new ModelRecognized("c", "m", "k", "u", "D464", "12-QĐ/HU", DAY, "A", "district", ACTOR,
                AT)).detail()).isEqualTo("12-QĐ/HU");
        assertThat(entry(new ModelRecognized("c", "m", "k", "u", "D464", ACTOR, AT)).detail()).isEqualTo("D464");
    }
}
