package vn.thidua.reporting.adapter.out.mongo;

import vn.thidua.platform.time.VietnamTime;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelDetails;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.Registration;
import vn.thidua.reporting.domain.Verdict;
import vn.thidua.reporting.domain.Tally;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.campaign.CampaignPlan;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.campaign.PlanMilestone;
import vn.thidua.reporting.domain.campaign.PlanWindow;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitChange;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB store (on the test-support stand-in, no Spring context) folds exactly as the domain does: whatever the
 * order of the changes and however often one repeats, what it reads back equals the domain's fold.
 */
@WithInfrastructure
class MongoProjectionStoreIT {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    private MongoClient client;
    private MongoTemplate mongo;
    private MongoProjectionStore store;
    private final String database = "thidua_reporting_store_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void connect(Infrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoUri());
        mongo = new MongoTemplate(client, database);
        store = new MongoProjectionStore(mongo);
        store.ensureIndexes();
    }

    @AfterEach
    void drop() {
        client.getDatabase(database).drop();
        client.close();
    }

    private static List<ModelChange> modelChanges(String modelId) {
        Registration registration = new Registration("Mô hình khác", "OTHER", "INDIVIDUAL", "D198", "CONTINUING",
                true, "m-original");
        return List.of(
                ModelChange.registered(modelId, "c1", "V1", registration, true, T0),
                ModelChange.amended(modelId, "c1", new ModelDetails("Mô hình (sửa 1)", "ECONOMY", false,
                        T0.plusSeconds(60))),
                ModelChange.amended(modelId, "c1", new ModelDetails("Mô hình (sửa 2)", "OTHER", true,
                        T0.plusSeconds(120))),
                // the same millisecond as the second amendment: the content decides, in both folds
                ModelChange.amended(modelId, "c1", new ModelDetails("Mô hình (sửa 2b)", "OTHER", true,
                        T0.plusSeconds(120))),
                ModelChange.contentConfirmed(modelId, "c1", T0.plusSeconds(90)),
                ModelChange.contentConfirmed(modelId, "c1", T0.plusSeconds(180)),
                ModelChange.reached(modelId, "c1", "V1", ModelStage.RECOGNIZED, T0.plusSeconds(300)),
                ModelChange.reached(modelId, "c1", "V1", ModelStage.RECOGNIZED, T0.plusSeconds(240)),
                ModelChange.withdrawn(modelId, "c1", "V1", T0.plusSeconds(400)),
                ModelChange.withdrawn(modelId, "c1", "V1", T0.plusSeconds(500)),
                ModelChange.assessed(modelId, "c1", "V1", new Verdict(T0.plusSeconds(250), "EFFECTIVE")),
                // two verdicts of the same millisecond: the same one wins in both folds
                ModelChange.assessed(modelId, "c1", "V1", new Verdict(T0.plusSeconds(350), "WEAKENED")),
                ModelChange.assessed(modelId, "c1", "V1", new Verdict(T0.plusSeconds(350), "EFFECTIVE")));
    }

    private static <T, C> T fold(List<C> changes, Function<C, T> first, java.util.function.BiFunction<T, C, T> apply) {
        T folded = first.apply(changes.get(0));
        for (C change : changes.subList(1, changes.size())) folded = apply.apply(folded, change);
        return folded;
    }

    private static <C> List<C> shuffledWithRepeats(List<C> changes, Random random) {
        List<C> shuffled = new ArrayList<>(changes);
        for (int i = 0; i < 3; i++) shuffled.add(changes.get(random.nextInt(changes.size())));
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    @Test
    void aModelReadBackEqualsTheDomainsFoldWhateverTheOrder() {
        Random random = new Random(2024);
        for (int i = 0; i < 25; i++) {
            String modelId = "m" + i;
            List<ModelChange> changes = shuffledWithRepeats(modelChanges(modelId), random);
            changes.forEach(store::apply);

            ModelProgress expected = fold(changes, ModelProgress::from, ModelProgress::apply);
            assertThat(store.find(modelId)).as("order %s", changes).contains(expected);
            assertThat(expected.field()).isEqualTo("OTHER");
            assertThat(expected.details().title()).isEqualTo("Mô hình (sửa 2b)");
            assertThat(expected.awaitsConfirmation()).isFalse();
            assertThat(expected.verdicts()).hasSize(2).containsEntry(T0.plusSeconds(350), "WEAKENED");
        }
        assertThat(store.models("c1")).hasSize(25);
    }

    @Test
    void aModelHeardOfOnlyThroughItsAmendmentHasNoUnitToCountIn() {
        store.apply(ModelChange.amended("m1", "c1", new ModelDetails("Mô hình", "ECONOMY", false, T0)));
        store.apply(ModelChange.registered("m2", "c1", "V1", new Registration("Mô hình", "ECONOMY", "COLLECTIVE"),
                T0));
        assertThat(store.coverage("c1").units()).hasSize(1);
        assertThat(store.coverage("c1").totals()).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(store.find("m1").orElseThrow().unitId()).isNull();

        store.apply(ModelChange.registered("m1", "c1", "V2", new Registration("Mô hình", "ECONOMY", "COLLECTIVE"),
                T0.minusSeconds(60)));
        assertThat(store.find("m1").orElseThrow().unitId()).isEqualTo("V2");
        assertThat(store.coverage("c1").totals()).isEqualTo(new Tally(2, 0, 0, 0));
    }

    @Test
    void aCampaignReadBackEqualsTheDomainsFoldWhateverTheOrder() {
        Random random = new Random(7);
        for (int i = 0; i < 15; i++) {
            String id = "c" + i;
            List<CampaignChange> changes = shuffledWithRepeats(List.of(
                    new CampaignChange.Launched(id, "D198", 2023, 2025, plan("Phát động", T0), T0),
                    new CampaignChange.Amended(id, plan("Điều chỉnh", T0.plusSeconds(60))),
                    new CampaignChange.Closed(id, "Tổng kết", T0.plusSeconds(120))), random);
            changes.forEach(store::apply);
            Campaign expected = fold(changes, Campaign::from, Campaign::apply);
            assertThat(store.campaign(id)).as("order %s", changes).contains(expected);
            assertThat(expected.plan().name()).isEqualTo("Điều chỉnh");
        }
        assertThat(store.campaign("never")).isEmpty();
    }

    @Test
    void aUnitReadBackEqualsTheDomainsFoldWhateverTheOrder() {
        Random random = new Random(11);
        for (int i = 0; i < 15; i++) {
            String id = "W" + i;
            List<UnitChange> changes = shuffledWithRepeats(List.of(
                    new UnitChange.Opened(id, "D198", "xã", "commune", "Vĩnh Giang", "Xã Vĩnh Giang",
                            List.of("coastal"), LocalDate.of(2008, 1, 1), T0),
                    new UnitChange.Renamed(id, "Vĩnh Giang mới", null, T0.plusSeconds(60)),
                    moved(id, "D199", T0.plusSeconds(120)),
                    moved(id, "P", T0.plusSeconds(86_400 * 30)),
                    new UnitChange.Reclassified(id, "phường", "commune", List.of("urban"), T0.plusSeconds(90)),
                    new UnitChange.Closed(id, LocalDate.of(2025, 7, 1), "W-new", T0.plusSeconds(180))), random);
            changes.forEach(store::apply);
            Unit expected = fold(changes, Unit::from, Unit::apply);
            assertThat(store.units()).as("order %s", changes).contains(expected);
            assertThat(expected.kind()).as("the reclassification is newer than the opening").isEqualTo("phường");
            assertThat(expected.groups()).containsExactly("urban");
            assertThat(expected.moves()).hasSize(2);
        }
        assertThat(store.units()).hasSize(15);
    }

    @Test
    void concurrentWritersOfOneUnitLoseNoChange() throws Exception {
        store.apply(new UnitChange.Opened("W1", "D198", "xã", "commune", "Vĩnh Giang", null, List.of(),
                LocalDate.of(2008, 1, 1), T0));
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int w = writer;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.apply(moved("W1", "P" + w + "-" + i, T0.plusSeconds(3600L * (i * 2 + w))));
                    }
                }));
            }
            for (Future<?> future : done) future.get(60, TimeUnit.SECONDS);
        } finally {
            writers.shutdownNow();
        }
        Unit unit = store.units().stream().filter(u -> u.unitId().equals("W1")).findFirst().orElseThrow();
        assertThat(unit.moves()).hasSize(50);
        assertThat(unit.kind()).isEqualTo("xã");
    }

    private static CampaignPlan plan(String name, Instant since) {
        return new CampaignPlan(name, null,
                List.of(new PlanWindow("Đợt 1", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31))),
                List.of(new PlanMilestone("FINAL_REVIEW", "Tổng kết", LocalDate.of(2025, 10, 31))),
                List.of(new PlanTarget("commune", Comparison.AT_LEAST, 100),
                        new PlanTarget("village", Comparison.MORE_THAN, 75)), 1, since);
    }

    /** A move taking effect on Vietnam's date of {@code at}, as the application reads it from UnitMoved. */
    private static UnitChange.Moved moved(String unitId, String toParentId, Instant at) {
        return new UnitChange.Moved(unitId, toParentId, VietnamTime.dateOf(at), at);
    }
}
