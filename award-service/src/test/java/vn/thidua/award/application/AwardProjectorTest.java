package vn.thidua.award.application;

import org.junit.jupiter.api.Test;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The award views folded as a plain class on an in-memory store. */
class AwardProjectorTest {

    private static final Instant OPENED = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant PROPOSED = Instant.parse("2024-04-01T02:00:00Z");
    private static final Instant DECIDED = Instant.parse("2024-05-01T02:00:00Z");

    private final InMemoryAwardViewStore store = new InMemoryAwardViewStore();
    private final AwardProjector projector = new AwardProjector(store);

    @Test
    void aRecognisedModelIsEligibleThenProposedThenDecided() {
        projector.on(new AwardDossierOpenedEvent("model-1", "c", "W19363", "case-1"), OPENED);
        assertThat(store.eligibleModel("model-1"))
                .contains(new EligibleModelView("model-1", "c", "W19363", "case-1", OPENED));

        projector.on(new AwardProposedEvent("model-1", "p-1", "c", "W19363", AwardForm.CERTIFICATE_OF_MERIT,
                "Tiêu biểu"), PROPOSED);
        assertThat(store.proposal("p-1")).contains(new AwardProposalView("p-1", "model-1", "c", "W19363",
                AwardForm.CERTIFICATE_OF_MERIT, "Tiêu biểu", PROPOSED, null, null, null));

        projector.on(new AwardDecidedEvent("model-1", "p-1", "c", "W19363", AwardForm.CERTIFICATE_OF_MERIT,
                AwardOutcome.APPROVED, "123/QĐ-UBND"), DECIDED);
        assertThat(store.proposal("p-1")).contains(new AwardProposalView("p-1", "model-1", "c", "W19363",
                AwardForm.CERTIFICATE_OF_MERIT, "Tiêu biểu", PROPOSED, AwardOutcome.APPROVED, "123/QĐ-UBND", DECIDED));
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
