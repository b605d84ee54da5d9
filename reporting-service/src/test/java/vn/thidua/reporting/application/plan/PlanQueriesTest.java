package vn.thidua.reporting.application.plan;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.reporting.Events;
import vn.thidua.reporting.application.InMemoryStoresAccess;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.domain.plan.PlanCoverage;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Plans folded through the projection updater onto in-memory stores, then read per kind as of a day. */
class PlanQueriesTest {

    private static final Actor ACTOR = new Actor("can-bo", "D");
    private static final Instant T0 = Instant.parse("2023-01-02T02:00:00Z");

    private final InMemoryStoresAccess stores = new InMemoryStoresAccess();
    private final InMemoryPlanStore plans = new InMemoryPlanStore();
    private final ProjectionUpdater updater = stores.updater(plans);

    @Test
    void countsEachUnitOnceFromItsFirstFilingWhateverTheOrderOrRepeats() {
        List<Object[]> events = new ArrayList<>(List.of(
                new Object[] {"l", new CampaignLaunched("c", "D", "Dân vận khéo", null, 2023, 2025, List.of(),
                        List.of(), List.of(new CoverageTarget("commune", vn.thidua.contracts.TargetComparison.AT_LEAST,
                        100)), 1, ACTOR, T0)},
                new Object[] {"u1", opened("D", null, "district")}, new Object[] {"u2", opened("C1", "D", "commune")},
                new Object[] {"u3", opened("C2", "D", "commune")}, new Object[] {"u4", opened("C3", "D", "commune")},
                // C1 files on 31/03/2023 at 23:30 Vietnam time, replaces it in April; C2 files in May
                new Object[] {"p1", filed("C1", 1, "2023-03-31T16:30:00Z")},
                new Object[] {"p2", filed("C1", 2, "2023-04-10T02:00:00Z")},
                new Object[] {"p3", filed("C2", 1, "2023-05-02T02:00:00Z")}));
        events.add(events.get(5)); // a redelivery of C1's first filing
        Collections.shuffle(events.subList(5, events.size()), new Random(4));
        for (Object[] e : events) {
            updater.apply((String) e[0], "t", (vn.thidua.contracts.IntegrationEvent) e[1], T0, null);
        }
        PlanQueries queries = new PlanQueries(plans);

        assertThat(queries.coverage(rollup(LocalDate.of(2023, 3, 31)), "D"))
                .extracting(PlanCoverage::unitKind, PlanCoverage::units, PlanCoverage::withPlan)
                .containsExactly(tuple("commune", 3L, 1L));
        assertThat(queries.coverage(rollup(LocalDate.of(2023, 3, 30)), "D").get(0).withPlan()).isZero();
        PlanCoverage may = queries.coverage(rollup(LocalDate.of(2023, 5, 31)), "D").get(0);
        assertThat(may.withPlan()).isEqualTo(2);
        assertThat(may.met()).contains(false);
        assertThat(may.percent().orElseThrow()).isEqualByComparingTo("66.66");
    }

    @Test
    void metOnlyWhenEveryUnitOfTheKindHasAPlan() {
        launch();
        updater.apply("u1", "t", opened("D", null, "district"), T0, null);
        updater.apply("u2", "t", opened("C1", "D", "commune"), T0, null);
        updater.apply("p1", "t", filed("C1", 1, "2023-02-01T02:00:00Z"), T0, null);

        PlanCoverage communes = new PlanQueries(plans).coverage(rollup(LocalDate.of(2023, 12, 31)), "D").get(0);
        assertThat(communes.met()).contains(true);
        assertThat(new PlanQueries(plans).coverage(rollup(LocalDate.of(2023, 12, 31)), "C1").get(0).met()).isEmpty();
    }

    @Test
    void aMergedCommunesPlanPassesToItsSuccessorAfterTheMergerAndStaysItsOwnBefore() {
        launch();
        updater.apply("u1", "t", opened("D", null, "district"), T0, null);
        for (String c : List.of("C1", "C2", "C3", "C4")) {
            updater.apply("u-" + c, "t", opened(c, "D", "commune"), T0, null);
        }
        // C4 merged into C3 in 2024, C3 into C2 on 01/07/2025 (sáp nhập): C4's plan follows the chain to C2
        updater.apply("x4", "t", Events.unitClosed("C4", LocalDate.of(2024, 1, 1), "C3"), T0, null);
        updater.apply("x3", "t", Events.unitClosed("C3", LocalDate.of(2025, 7, 1), "C2"), T0, null);
        updater.apply("p1", "t", filed("C1", 1, "2023-04-03T02:00:00Z"), T0, null);
        updater.apply("p4", "t", filed("C4", 1, "2023-05-02T02:00:00Z"), T0, null);
        PlanQueries queries = new PlanQueries(plans);

        // 2023: C4 still stands for itself; 2024-2025 H1: C3 has C4's plan, C2 none of its own
        assertThat(queries.coverage(rollup("2023"), "D")).extracting(PlanCoverage::units, PlanCoverage::withPlan)
                .containsExactly(tuple(4L, 2L));
        PlanCoverage firstHalf = queries.coverage(rollup("2025-H1"), "D").get(0);
        assertThat(firstHalf).extracting(PlanCoverage::units, PlanCoverage::withPlan).containsExactly(3L, 2L);
        assertThat(firstHalf.met()).contains(false);
        // from 2025-H2 (and the whole campaign) C2 stands for C3 and C4: every commune of the tree has a plan
        for (CoverageRollup after : List.of(rollup("2025-H2"), rollup(LocalDate.of(2025, 7, 1)),
                rollup(ReportPeriod.WHOLE_CAMPAIGN))) {
            PlanCoverage communes = queries.coverage(after, "D").get(0);
            assertThat(communes).extracting(PlanCoverage::units, PlanCoverage::withPlan).containsExactly(2L, 2L);
            assertThat(communes.met()).contains(true);
        }
        assertThat(queries.coverage(rollup(LocalDate.of(2025, 6, 30)), "D").get(0).withPlan()).isEqualTo(2);
    }

    private void launch() {
        updater.apply("l", "t", new CampaignLaunched("c", "D", "Dân vận khéo", null, 2023, 2025, List.of(), List.of(),
                List.of(new CoverageTarget("commune", vn.thidua.contracts.TargetComparison.AT_LEAST, 100)), 1, ACTOR,
                T0), T0, null);
    }

    private CoverageRollup rollup(LocalDate asOf) {
        var campaign = stores.projection().campaign("c").orElseThrow();
        return rollup(ReportPeriod.wholeCampaign(campaign), asOf);
    }

    private CoverageRollup rollup(String period) {
        var campaign = stores.projection().campaign("c").orElseThrow();
        return rollup(ReportPeriod.parse(period, campaign).orElseThrow(), null);
    }

    private CoverageRollup rollup(ReportPeriod period, LocalDate asOf) {
        var campaign = stores.projection().campaign("c").orElseThrow();
        return CoverageRollup.of(campaign, new vn.thidua.reporting.domain.unit.UnitTree(stores.projection().units()),
                stores.projection().models("c"), period, asOf, vn.thidua.platform.time.VietnamTime.ZONE);
    }

    private static UnitOpened opened(String id, String parent, String level) {
        return new UnitOpened(id, parent, level, level, "Đơn vị " + id, null, List.of(), LocalDate.of(2008, 1, 1),
                ACTOR, T0);
    }

    private static UnitPlanFiled filed(String unitId, int version, String at) {
        return new UnitPlanFiled("plan:c:" + unitId, "c", unitId, version, version + "-KH/ĐU",
                LocalDate.of(2023, 3, 20), "Bí thư", null, ACTOR, Instant.parse(at));
    }
}
