package vn.thidua.reporting.application;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.AwardForwarded;
import vn.thidua.contracts.AwardProposalWithdrawn;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.contracts.ProposalWithdrawalCause;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.reporting.application.ProjectionUpdater.Outcome;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.Tally;
import vn.thidua.reporting.domain.UnitCoverage;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection updater on in-memory stores (no Spring, Kafka or MongoDB). */
class ProjectionUpdaterTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Actor ACTOR = new Actor("can-bo-01", "W19390");

    private final InMemoryStores stores = new InMemoryStores();
    private final ProjectionUpdater updater = new ProjectionUpdater(stores, stores, stores);
    private long offset;

    private Outcome apply(String id, IntegrationEvent event) {
        return updater.apply(id, event.getClass().getSimpleName(), event, T0, new StreamPosition("t", 0, offset++));
    }

    private static ModelRegistered registered(String modelId, String unitId) {
        return new ModelRegistered(modelId, "c1", unitId, "D198", RegistrantKind.COLLECTIVE,
                "Dân vận khéo " + modelId, ModelField.NEW_RURAL_CONSTRUCTION, ACTOR, T0);
    }

    @Test
    void foldsEveryEventKindIntoCoverage() {
        apply("e1", registered("m1", "A"));
        apply("e2", registered("m2", "A"));
        apply("e3", registered("m3", "B"));
        apply("e4", new ReviewOpened("rc1", "m1", "c1", "A", ACTOR, T0.plusSeconds(1)));
        apply("e5", new ModelRecognized("rc1", "m1", "c1", "A", "D198", ACTOR, T0.plusSeconds(2)));
        apply("e6", new AwardProposed("p1", "m1", "c1", "A", AwardForm.CERTIFICATE_OF_MERIT, "tiêu biểu", ACTOR,
                T0.plusSeconds(3)));
        apply("e7", new AwardDecided("p1", "m1", "c1", "A", AwardForm.CERTIFICATE_OF_MERIT, AwardOutcome.APPROVED,
                "123/QĐ-UBND", ACTOR, T0.plusSeconds(4)));

        assertThat(stores.coverage("c1").units()).containsExactly(
                new UnitCoverage("A", new Tally(2, 1, 1, 1)), new UnitCoverage("B", new Tally(1, 0, 0, 0)));
        var m1 = stores.find("m1").orElseThrow();
        assertThat(m1.registration().field()).isEqualTo("NEW_RURAL_CONSTRUCTION");
        assertThat(m1.registration().registrantKind()).isEqualTo("COLLECTIVE");
        assertThat(m1.reachedAt(ModelStage.AWARDED)).contains(T0.plusSeconds(4));
    }

    @Test
    void outOfOrderEventsGiveTheSameProjection() {
        apply("e5", new ModelRecognized("rc1", "m1", "c1", "A", "D198", ACTOR, T0.plusSeconds(2)));
        assertThat(stores.coverage("c1").totals()).isEqualTo(new Tally(0, 1, 0, 0));
        apply("e1", registered("m1", "A"));
        assertThat(stores.coverage("c1").totals()).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(stores.find("m1").orElseThrow().registration().title()).isEqualTo("Dân vận khéo m1");
    }

    @Test
    void aRedeliveredEventIdIsNotAppliedTwiceButMovesThePosition() {
        assertThat(apply("e1", registered("m1", "A"))).isEqualTo(Outcome.APPLIED);
        assertThat(apply("e1", registered("m1", "A"))).isEqualTo(Outcome.DUPLICATE);
        assertThat(stores.journal).containsExactly("apply m1", "processed e1", "position t-0@0", "position t-0@1");
        assertThat(stores.coverage("c1").totals()).isEqualTo(new Tally(1, 0, 0, 0));
    }

    @Test
    void dataIsWrittenBeforeTheProcessedIdAndThePositionLast() {
        apply("e1", registered("m1", "A"));
        assertThat(stores.journal).containsExactly("apply m1", "processed e1", "position t-0@0");
    }

    @Test
    void everyViewWritesTheBatchAfterTheDataAndBeforeTheProcessedIdsThenTheBatchIsCounted() {
        ProjectionWrites writes = new ProjectionWrites();
        ProjectionBatchWriter first = batch -> stores.journal.add("view 1: " + batch.models().size() + " model");
        ProjectionBatchWriter second = batch -> stores.journal.add("view 2: written " + writes.count());
        var viewed = new ProjectionUpdater(stores, stores, List.of(first, second), writes);

        viewed.apply("e1", "ModelRegistered", registered("m1", "A"), T0, new StreamPosition("t", 0, 0));

        assertThat(stores.journal).containsExactly("apply m1", "view 1: 1 model", "view 2: written 0",
                "processed e1", "position t-0@0");
        assertThat(writes.count()).isEqualTo(1);
    }

    @Test
    void aRejectedAwardDoesNotCountAsAwarded() {
        apply("e1", registered("m1", "A"));
        apply("e2", new AwardProposed("p1", "m1", "c1", "A", AwardForm.CERTIFICATE_OF_MERIT, "lý do", ACTOR, T0));
        apply("e3", new AwardDecided("p1", "m1", "c1", "A", AwardForm.CERTIFICATE_OF_MERIT, AwardOutcome.REJECTED,
                null, ACTOR, T0));
        assertThat(stores.coverage("c1").totals()).isEqualTo(new Tally(1, 0, 1, 0));
        assertThat(stores.processed).containsKey("e3");
    }

    @Test
    void aSkippedRecordOnlyMovesThePosition() {
        assertThat(updater.skip(new StreamPosition("t", 2, 41))).isEqualTo(Outcome.SKIPPED);
        assertThat(stores.lastApplied("t", 2)).hasValue(41);
        assertThat(stores.models).isEmpty();
    }

    @Test
    void theEventTimeFallsBackToTheRecordTime() {
        updater.apply("e1", "ModelRecognized", new ModelRecognized("rc1", "m1", "c1", "A", "D198", ACTOR, null),
                T0.plusSeconds(99), null);
        assertThat(stores.find("m1").orElseThrow().reachedAt(ModelStage.RECOGNIZED)).contains(T0.plusSeconds(99));
        assertThat(stores.positions).isEmpty();
    }

    @Test
    void everyModelEventIsOneHistoryEntryInTimeOrderAndARedeliveryAddsNothing() {
        updater.apply("e2", "AwardProposed", new AwardProposed("p1", "m1", "c1", "A", AwardForm.CERTIFICATE_OF_MERIT,
                "tiêu biểu", new Actor("ban-dan-van", "D198"), T0.plusSeconds(60)), T0, "corr-2", null);
        updater.apply("e1", "ModelRegistered", registered("m1", "A"), T0, "corr-1", null);
        updater.apply("e1", "ModelRegistered", registered("m1", "A"), T0, "corr-1", null);
        updater.apply("e3", "ModelRegistered", registered("m2", "A"), T0, "corr-3", null);

        var history = stores.entries("m1");
        assertThat(history).extracting(e -> e.eventId()).containsExactly("e1", "e2");
        var proposed = history.get(1);
        assertThat(proposed.action()).isEqualTo(vn.thidua.reporting.domain.history.ModelAction.AWARD_PROPOSED);
        assertThat(proposed.actorUserId()).isEqualTo("ban-dan-van");
        assertThat(proposed.actorUnitId()).isEqualTo("D198");
        assertThat(proposed.reason()).isEqualTo("tiêu biểu");
        assertThat(proposed.correlationId()).isEqualTo("corr-2");
        assertThat(proposed.at()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aModelsHistoryShowsItsAwardForwardedAndWithdrawnAndNoModelGainsPersonsAwards() {
        updater.apply("e1", "ModelRegistered", registered("m1", "A"), T0, null, null);
        updater.apply("e2", "AwardForwarded", new AwardForwarded("p1", "r1", "m1", "A", "BANG_KHEN", "D198", "45",
                ACTOR, T0.plusSeconds(1)), T0, null, null);
        updater.apply("e3", "AwardProposalWithdrawn", new AwardProposalWithdrawn("p1", "r1", "m1", "A", "Rút đăng ký",
                ProposalWithdrawalCause.MODEL_WITHDRAWN, ACTOR, T0.plusSeconds(2)), T0, null, null);
        updater.apply("e4", "AwardProposed", new AwardProposed("p2", "none", "none", "A",
                AwardForm.CERTIFICATE_OF_COMMENDATION, "cá nhân", ACTOR, T0.plusSeconds(3), NomineeKind.INDIVIDUAL,
                "Nguyễn Thị Hoa", "r1", "GIAY_KHEN"), T0, null, null);

        var history = stores.entries("m1");
        assertThat(history).extracting(e -> e.action()).containsExactly(
                vn.thidua.reporting.domain.history.ModelAction.REGISTERED,
                vn.thidua.reporting.domain.history.ModelAction.AWARD_FORWARDED,
                vn.thidua.reporting.domain.history.ModelAction.AWARD_WITHDRAWN);
        assertThat(history.get(2).reason()).isEqualTo("Rút đăng ký");
        assertThat(stores.entries("none")).isEmpty();
        assertThat(stores.find("none")).isEmpty();
    }

    @Test
    void anEventTwiceInOneBatchCountsOnceAndThePositionIsTheBatchsLast() {
        var registered = registered("m1", "A");
        var batch = java.util.List.of(
                new ProjectionUpdater.Delivery("e1", "ModelRegistered", registered, T0, null, new StreamPosition("t", 0, 7)),
                new ProjectionUpdater.Delivery("e1", "ModelRegistered", registered, T0, null, new StreamPosition("t", 0, 8)),
                ProjectionUpdater.Delivery.skipped(new StreamPosition("t", 0, 9)));

        assertThat(updater.applyAll(batch)).containsExactly(Outcome.APPLIED, Outcome.DUPLICATE, Outcome.SKIPPED);
        assertThat(stores.coverage("c1").totals()).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(stores.lastApplied("t", 0)).hasValue(9);
        // data first, then the processed id, then the position: a crash in between only causes a redelivery
        assertThat(stores.journal).containsExactly("apply m1", "processed e1", "position t-0@9");
    }
}
