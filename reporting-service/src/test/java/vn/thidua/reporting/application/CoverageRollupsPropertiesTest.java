package vn.thidua.reporting.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelEffectivenessAssessed;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.Events;
import vn.thidua.reporting.application.dashboard.CoverageRollups;
import vn.thidua.reporting.application.dashboard.ProjectionVersion;
import vn.thidua.reporting.application.unit.UnitChanges;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed rollups against a fold from scratch: events arrive in random chunks (registrations, withdrawals,
 * recognitions, effectiveness verdicts, a merger of communes) and after each chunk every asked (period, as-of day)
 * answers exactly what {@link CoverageRollup#of} folds from the store at that moment.
 */
class CoverageRollupsPropertiesTest {

    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final List<String> UNITS = List.of("C1", "C2", "C3", "V1", "V2", "V3", "V4", "A1");
    private static final List<String> VERDICTS = List.of("EFFECTIVE", "WEAKENED", "STOPPED");

    /** One step: what happens to which model (or the merger), when (days after 2023-01-01). */
    record Step(int kind, int model, int unit, int day, int verdict) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, UNITS.size() - 1),
                Arbitraries.integers().between(0, 1180), Arbitraries.integers().between(0, 2)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 60)
    void thePrecomputedAnswerIsTheFoldFromScratch(@ForAll("histories") List<Step> steps,
                                                  @ForAll("chunks") int chunk, @ForAll("asked") List<Integer> asked) {
        InMemoryStores stores = new InMemoryStores();
        ProjectionWrites writes = new ProjectionWrites();
        ProjectionUpdater updater = new ProjectionUpdater(stores, stores, List.of(stores), writes);
        long[] offset = {0};
        long[] treeChanges = {0};
        // the tree is read again only when a unit changed, as MongoProjectionStore counts it
        CoverageRollups rollups = new CoverageRollups(stores, new ProjectionVersion() {
            @Override
            public String current() {
                return "g#" + writes.count();
            }

            @Override
            public String tree() {
                return "g#tree#" + treeChanges[0];
            }
        });
        List<IntegrationEvent> setup = new ArrayList<>(List.of(Events.launched("c", "D"),
                Events.unit("P", null, "tỉnh", "province"), Events.unit("D", "P", "huyện", "district"),
                Events.unit("C1", "D", "xã", "commune"), Events.unit("C2", "D", "xã", "commune"),
                Events.unit("C3", "D", "thị trấn", "commune"), Events.unit("V1", "C1", "village", "village"),
                Events.unit("V2", "C2", "village", "village"), Events.unit("V3", "C3", "village", "village"),
                Events.unit("V4", "C3", "village", "village"), Events.unit("A1", "D", "agency", "agency")));
        setup.forEach(e -> publish(updater, offset, treeChanges, e));
        List<IntegrationEvent> events = steps.stream().map(CoverageRollupsPropertiesTest::event).toList();
        for (int from = 0; from < events.size(); from += chunk) {
            events.subList(from, Math.min(events.size(), from + chunk))
                    .forEach(e -> publish(updater, offset, treeChanges, e));
            Campaign campaign = stores.campaign("c").orElseThrow();
            List<ReportPeriod> periods = ReportPeriod.of(campaign);
            for (int a : asked) {
                ReportPeriod period = periods.get(a % periods.size());
                LocalDate asOf = a % 3 == 0 ? LocalDate.of(2023, 1, 1).plusDays(a * 7L % 1100) : null;
                CoverageRollup precomputed = rollups.rollup(campaign, period, asOf);
                CoverageRollup fold = CoverageRollup.of(campaign, new UnitTree(stores.units()), stores.models("c"),
                        period, asOf, VietnamTime.ZONE);
                assertSame(precomputed, fold);
            }
        }
    }

    @Provide
    Arbitrary<Integer> chunks() {
        return Arbitraries.integers().between(1, 8);
    }

    @Provide
    Arbitrary<List<Integer>> asked() {
        return Arbitraries.integers().between(0, 200).list().ofMinSize(1).ofMaxSize(6);
    }

    private static void assertSame(CoverageRollup precomputed, CoverageRollup fold) {
        assertThat(precomputed.day()).isEqualTo(fold.day());
        assertThat(precomputed.units().stream().map(Unit::unitId).toList())
                .isEqualTo(fold.units().stream().map(Unit::unitId).toList());
        for (Unit unit : fold.units()) {
            String id = unit.unitId();
            assertThat(precomputed.coverage(id)).as("coverage of %s on %s", id, fold.day())
                    .isEqualTo(fold.coverage(id));
            assertThat(precomputed.funnel(id)).as("funnel of %s", id).isEqualTo(fold.funnel(id));
            assertThat(precomputed.fields(id)).as("fields of %s", id).isEqualTo(fold.fields(id));
            assertThat(precomputed.models(id).stream().map(m -> m.model().modelId() + "@" + m.unitId()).toList())
                    .isEqualTo(fold.models(id).stream().map(m -> m.model().modelId() + "@" + m.unitId()).toList());
        }
    }

    private static void publish(ProjectionUpdater updater, long[] offset, long[] treeChanges, IntegrationEvent event) {
        if (UnitChanges.of(event, Instant.EPOCH).isPresent()) treeChanges[0]++;
        long at = offset[0]++;
        updater.apply("e" + at, event.getClass().getSimpleName(), event, Instant.EPOCH,
                new StreamPosition("thidua.registration", 0, at));
    }

    private static IntegrationEvent event(Step step) {
        String model = "m" + step.model();
        String unit = UNITS.get(step.unit());
        Instant at = START.plusSeconds(86_400L * step.day() + 3_600);
        Actor actor = new Actor("can-bo", unit);
        return switch (step.kind()) {
            case 0, 1 -> {
                ModelRegistered r = Events.model(model, "c", unit, step.verdict() == 2 ? ModelField.OTHER
                        : ModelField.ECONOMY);
                yield new ModelRegistered(r.modelId(), r.campaignId(), r.unitId(), r.managingUnitId(),
                        r.registrantKind(), r.title(), r.field(), r.managingUnitConfirmationRequired(), r.novelty(),
                        r.individual(), r.content(), r.method(), r.expectedResults(), r.startDate(), r.late(),
                        r.replicaOf(), r.actor(), at);
            }
            case 2 -> new ModelWithdrawn(model, "c", unit, "Không đủ điều kiện", actor, at);
            case 3 -> new ModelRecognized("rc-" + model, model, "c", unit, "D", actor, at);
            case 4 -> new ModelEffectivenessAssessed("rc-" + model, model, "c", unit, "D", "SIX_MONTH", 2024,
                    VERDICTS.get(step.verdict()), "Minh chứng", LocalDate.of(2024, 6, 30), actor, at);
            // commune C3 merges into C2 (sáp nhập) on a day of the campaign
            default -> Events.unitClosed("C3", LocalDate.of(2023, 1, 1).plusDays(step.day()), "C2");
        };
    }
}
