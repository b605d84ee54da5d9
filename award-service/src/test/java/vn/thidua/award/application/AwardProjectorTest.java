package vn.thidua.award.application;

import org.junit.jupiter.api.Test;
import vn.thidua.award.application.AwardProposalView.ProposalStatus;
import vn.thidua.award.application.AwardViewStore.ProposalCriteria;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardDossierClosedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.award.domain.round.AwardForwardedEvent;
import vn.thidua.award.domain.round.ProposalWithdrawnEvent;
import vn.thidua.award.domain.round.RoundClosedEvent;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.award.domain.round.RoundOpenedEvent;
import vn.thidua.award.domain.round.RoundReopenedEvent;
import vn.thidua.award.domain.round.RoundFormsAddedEvent;
import vn.thidua.award.domain.round.WithdrawalCause;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.award.domain.catalogue.RecipientKind.COLLECTIVE;
import static vn.thidua.award.domain.catalogue.RecipientKind.INDIVIDUAL;

/** The award views folded as a plain class on an in-memory store. */
class AwardProjectorTest {

    private static final Instant OPENED = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant PROPOSED = Instant.parse("2024-04-01T02:00:00Z");
    private static final Instant DECIDED = Instant.parse("2024-05-01T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    private final InMemoryAwardViewStore store = new InMemoryAwardViewStore();
    private final AwardProjector projector = new AwardProjector(store);

    private static AwardProposedEvent proposed(String id, String modelId, String name) {
        return new AwardProposedEvent(modelId, id, "c", "W19363", AwardForm.CERTIFICATE_OF_MERIT, "Tiêu biểu", "r-1",
                modelId == null ? INDIVIDUAL : COLLECTIVE, name, null, "BANG_KHEN", "BC-1", "D464", DAY);
    }

    @Test
    void aRecognisedModelIsEligibleThenProposedThenDecided() {
        projector.on(new AwardDossierOpenedEvent("model-1", "c", "W19363", "case-1"), OPENED);
        assertThat(store.eligibleModel("model-1"))
                .contains(new EligibleModelView("model-1", "c", "W19363", "case-1", OPENED));

        projector.on(proposed("p-1", "model-1", null), PROPOSED);
        AwardProposalView pending = store.proposal("p-1").orElseThrow();
        assertThat(pending.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(pending.formCode()).isEqualTo("BANG_KHEN");

        projector.on(new AwardDecidedEvent("model-1", "p-1", "c", "W19363", AwardForm.CERTIFICATE_OF_MERIT,
                AwardOutcome.APPROVED, "123/QĐ-UBND", "r-1", COLLECTIVE, null, "BANG_KHEN", null, DAY, "Chủ tịch",
                new BigDecimal("2.0"), 1_800_000L, 3_600_000L), DECIDED);
        AwardProposalView decided = store.proposal("p-1").orElseThrow();
        assertThat(decided.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(decided.outcome()).isEqualTo(AwardOutcome.APPROVED);
        assertThat(decided.decisionNumber()).isEqualTo("123/QĐ-UBND");
        assertThat(decided.decidedAt()).isEqualTo(DECIDED);
        assertThat(decided.amount()).isEqualTo(3_600_000L);
        assertThat(decided.reason()).isEqualTo("Tiêu biểu");
    }

    @Test
    void aProposalStoredBeforeRoundsStillReadsBack() {
        projector.on(new AwardProposedEvent("model-1", "p-0", "c", "W19363", AwardForm.CERTIFICATE_OF_MERIT, "Cũ",
                null, null, null, null, null, null, null, null), PROPOSED);
        assertThat(store.proposals(ProposalCriteria.of("c", "model-1"), unit -> true, 10))
                .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.PENDING));
    }

    @Test
    void aWithdrawnModelIsNoLongerEligible() {
        projector.on(new AwardDossierOpenedEvent("model-1", "c", "W19363", "case-1"), OPENED);
        projector.on(new AwardDossierClosedEvent("model-1", "rút", WithdrawalCause.MODEL_WITHDRAWN));
        assertThat(store.eligibleModel("model-1")).isEmpty();
    }

    @Test
    void bothCouncilsSeeTheForwardingAndTheWithdrawalKeepsItsReason() {
        projector.on(proposed("p-1", null, "Nguyễn Văn A"), PROPOSED);
        projector.on(new AwardForwardedEvent("r-1", "p-1", null, "W19363", "BANG_KHEN", "D464", "45"));
        projector.on(new ProposalWithdrawnEvent("r-1", "p-1", null, "W19363", "Nộp nhầm", WithdrawalCause.PROPOSER));
        AwardProposalView p = store.proposal("p-1").orElseThrow();
        assertThat(p.forwarded()).isTrue();
        assertThat(p.forwardedFromUnitId()).isEqualTo("D464");
        assertThat(p.forwardedToUnitId()).isEqualTo("45");
        assertThat(p.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(p.withdrawalReason()).isEqualTo("Nộp nhầm");
    }

    @Test
    void aRoundOpensClosesReopensWithItsReasonAndGivesMoreFormsAllInItsHistory() {
        projector.on(new RoundOpenedEvent("r-1", "Dân vận khéo 2024", RoundKind.ANNUAL, "c", "D464", "DISTRICT", 3,
                DAY, List.of("GIAY_KHEN"), 10_000_000L, false), OPENED);
        projector.on(new RoundClosedEvent("r-1", "D464", DAY), PROPOSED);
        assertThat(store.round("r-1").orElseThrow().status()).isEqualTo(RoundView.RoundStatus.CLOSED);
        projector.on(new RoundReopenedEvent("r-1", "Bổ sung", DAY.plusDays(7)), PROPOSED);
        projector.on(new RoundFormsAddedEvent("r-1", List.of("HUY_HIEU")), PROPOSED);
        RoundView round = store.round("r-1").orElseThrow();
        assertThat(round.status()).isEqualTo(RoundView.RoundStatus.OPEN);
        assertThat(round.proposalDeadline()).isEqualTo(DAY.plusDays(7));
        assertThat(round.reopenReason()).isEqualTo("Bổ sung");
        assertThat(round.formCodes()).containsExactly("GIAY_KHEN", "HUY_HIEU");
        assertThat(round.history()).extracting(RoundView.Entry::change, RoundView.Entry::detail).containsExactly(
                tuple(RoundView.Change.OPENED, null), tuple(RoundView.Change.CLOSED, null),
                tuple(RoundView.Change.REOPENED, "Bổ sung"), tuple(RoundView.Change.FORMS_ADDED, "HUY_HIEU"));
    }

    @Test
    void listsOnlyVisibleModelsLongestEligibleFirst() {
        projector.on(new AwardDossierOpenedEvent("model-2", "c", "W19375", "case-2"), OPENED);
        projector.on(new AwardDossierOpenedEvent("model-3", "c", "W19369", "case-3"), PROPOSED);
        projector.on(new AwardDossierOpenedEvent("model-1", "c", "W19363", "case-1"), OPENED.minusSeconds(1));
        assertThat(store.eligibleModels("c", unit -> !unit.equals("W19375"), 10))
                .extracting(EligibleModelView::modelId).containsExactly("model-1", "model-3");
    }
}
