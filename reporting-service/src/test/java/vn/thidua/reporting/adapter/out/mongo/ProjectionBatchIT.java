package vn.thidua.reporting.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.reporting.application.EventChanges;
import vn.thidua.reporting.application.ProjectionBatch;
import vn.thidua.reporting.application.ProjectionGenerations;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.ProjectionWrites;
import vn.thidua.reporting.application.unit.UnitChanges;
import vn.thidua.reporting.application.ProjectionUpdater.Delivery;
import vn.thidua.reporting.application.ProjectionUpdater.Outcome;
import vn.thidua.reporting.application.ProjectionUpdater.RejectedDelivery;
import vn.thidua.reporting.application.StreamPosition;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.Tally;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch through the updater into MongoDB (the stand-in, no Spring context): delivered twice, or again after a crash
 * between its data and its processed ids, it counts once; a malformed event in it leaves the events before it applied.
 */
@WithInfrastructure
class ProjectionBatchIT {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Actor ACTOR = new Actor("can-bo-01", "W19390");

    private MongoClient client;
    private MongoTemplate mongo;
    private MongoProjectionStore store;
    private ProjectionUpdater updater;
    private final String database = "thidua_reporting_batch_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void connect(Infrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoUri());
        mongo = new MongoTemplate(client, database);
        store = new MongoProjectionStore(mongo);
        updater = new ProjectionUpdater(store, store, new MongoModelHistory(mongo));
    }

    @AfterEach
    void drop() {
        client.getDatabase(database).drop();
        client.close();
    }

    /** Three models in two units, two recognised, a unit opened; offsets 0.. on one partition. */
    private static List<Delivery> batch() {
        List<Delivery> batch = new ArrayList<>();
        batch.add(delivery("u1", new UnitOpened("A", "D198", "xã", "commune", "Vĩnh Giang", null, List.of(),
                LocalDate.of(2008, 1, 1), ACTOR, T0), batch.size()));
        for (int i = 1; i <= 3; i++) {
            String unit = i < 3 ? "A" : "B";
            batch.add(delivery("r" + i, new ModelRegistered("m" + i, "c1", unit, "D198", RegistrantKind.COLLECTIVE,
                    "Mô hình " + i, ModelField.NEW_RURAL_CONSTRUCTION, ACTOR, T0), batch.size()));
        }
        batch.add(delivery("k1", new ModelRecognized("rc1", "m1", "c1", "A", "D198", ACTOR, T0.plusSeconds(5)),
                batch.size()));
        batch.add(delivery("k3", new ModelRecognized("rc3", "m3", "c1", "B", "D198", ACTOR, T0.plusSeconds(5)),
                batch.size()));
        return batch;
    }

    private static Delivery delivery(String id, vn.thidua.contracts.IntegrationEvent event, int offset) {
        return new Delivery(id, event.getClass().getSimpleName(), event, T0, "corr-" + id,
                new StreamPosition("thidua.registration", 0, offset));
    }

    private CampaignCoverage coverage() {
        return store.coverage("c1");
    }

    @Test
    void aBatchDeliveredTwiceCountsOnce() {
        assertThat(updater.applyAll(batch())).containsOnly(Outcome.APPLIED);
        CampaignCoverage once = coverage();
        assertThat(once.totals()).isEqualTo(new Tally(3, 2, 0, 0));
        long history = mongo.count(new Query(), MongoModelHistory.COLLECTION);

        assertThat(updater.applyAll(batch())).containsOnly(Outcome.DUPLICATE);
        assertThat(coverage()).isEqualTo(once);
        assertThat(mongo.count(new Query(), MongoModelHistory.COLLECTION)).isEqualTo(history);
        assertThat(store.lastApplied("thidua.registration", 0)).isEqualTo(OptionalLong.of(5));
        assertThat(store.unit("A")).isPresent();
    }

    @Test
    void aBatchRedeliveredAfterACrashBeforeItsProcessedIdsCountsOnce() {
        updater.applyAll(batch());
        CampaignCoverage once = coverage();
        // the crash: the data was written, the processed ids and the position were not
        mongo.dropCollection(MongoProjectionStore.PROCESSED_EVENTS);
        mongo.dropCollection(MongoProjectionStore.POSITIONS);

        assertThat(updater.applyAll(batch())).containsOnly(Outcome.APPLIED);
        assertThat(coverage()).isEqualTo(once);
        assertThat(store.units()).hasSize(1);
    }

    @Test
    void theEventsBeforeAMalformedOneAreAppliedAndItsIndexIsNamed() {
        List<Delivery> batch = new ArrayList<>(batch().subList(0, 3));
        batch.add(delivery("bad", new ModelRegistered("m9", null, "A", "D198", RegistrantKind.COLLECTIVE, "Thiếu",
                ModelField.NEW_RURAL_CONSTRUCTION, ACTOR, T0), 3));
        batch.add(batch().get(3));

        assertThatThrownBy(() -> updater.applyAll(batch)).isInstanceOfSatisfying(RejectedDelivery.class,
                rejected -> assertThat(rejected.index()).isEqualTo(3));
        assertThat(coverage().totals()).isEqualTo(new Tally(2, 0, 0, 0));
        assertThat(store.lastApplied("thidua.registration", 0)).isEqualTo(OptionalLong.of(2));
        assertThat(store.isProcessed("r2")).isTrue();
        assertThat(store.isProcessed("bad")).isFalse();
    }

    @Test
    void theTreeVersionMovesOnlyWithBatchesThatChangeUnits() {
        ProjectionGenerations one = new ProjectionGenerations() {
            public String active() { return "g1"; }
            public String fresh() { return "g2"; }
            public <T> T within(String generation, java.util.function.Supplier<T> work) { return work.get(); }
            public void switchTo(String generation) { }
        };
        MongoProjectionVersion version = new MongoProjectionVersion(mongo, one, new ProjectionWrites());
        String empty = version.tree();

        ProjectionBatch models = new ProjectionBatch();
        EventChanges.of(new ModelRegistered("m9", "c1", "A", "D198", RegistrantKind.COLLECTIVE, "Mô hình 9",
                ModelField.NEW_RURAL_CONSTRUCTION, ACTOR, T0), T0).ifPresent(models.models()::add);
        store.applyAll(models);
        assertThat(version.tree()).as("a batch of models only").isEqualTo(empty);

        ProjectionBatch units = new ProjectionBatch();
        UnitChanges.of(new UnitOpened("Z", "D198", "xã", "commune", "Vĩnh Sơn", null, List.of(),
                LocalDate.of(2008, 1, 1), ACTOR, T0), T0).ifPresent(units.units()::add);
        store.applyAll(units);
        String moved = version.tree();
        assertThat(moved).as("a batch with a unit").isNotEqualTo(empty);
        store.applyAll(models);
        assertThat(version.tree()).isEqualTo(moved);
    }
}
