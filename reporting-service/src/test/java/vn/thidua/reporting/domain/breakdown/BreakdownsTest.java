package vn.thidua.reporting.domain.breakdown;

import org.junit.jupiter.api.Test;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.Registration;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.campaign.CampaignPlan;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitChange;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * District D (2023-2025, each unit at least 2 models a year) with communes C1, C2 (C3 merged into C2 on 1 July 2025):
 * per unit and year against the target, late registrations, replicas per original.
 */
class BreakdownsTest {

    private static final Instant IMPORTED = Instant.parse("2023-01-05T02:00:00Z");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Campaign campaign = Campaign.from(new CampaignChange.Launched("c", "D", 2023, 2025,
            new CampaignPlan("Dân vận khéo", null, List.of(), List.of(), List.of(
                    new PlanTarget("commune", Comparison.AT_LEAST, 100)), 2, IMPORTED), IMPORTED));

    private final UnitTree tree = tree(List.of(
            opened("D", null, "huyện", "district"), opened("C1", "D", "xã", "commune"),
            opened("C2", "D", "thị trấn", "commune"), opened("C3", "D", "xã", "commune"),
            new UnitChange.Closed("C3", LocalDate.of(2025, 7, 1), "C2", Instant.parse("2025-06-20T00:00:00Z"))));

    private final List<ModelProgress> models = List.of(
            model("m1", "C1", "2023-12-31T18:00:00Z", false, null), // 1 January 2024 in Vietnam
            model("m2", "C1", "2024-03-01T03:00:00Z", true, null),
            model("m3", "C2", "2024-05-01T03:00:00Z", false, "m1"),
            model("m4", "C3", "2025-02-01T03:00:00Z", false, "m1"),
            model("m5", "C2", "2025-03-01T03:00:00Z", false, "elsewhere"));

    private Breakdowns breakdowns(String period, LocalDate asOf) {
        ReportPeriod p = ReportPeriod.parse(period, campaign).orElseThrow();
        return Breakdowns.of(CoverageRollup.of(campaign, tree, models, p, asOf, VIETNAM), "D", VIETNAM);
    }

    @Test
    void countsEachUnitsModelsPerYearAgainstThePerUnitTarget() {
        Breakdowns whole = breakdowns("campaign", null);
        assertThat(whole.perUnitPerYear()).isEqualTo(2);
        assertThat(whole.years()).containsExactly(2023, 2024, 2025);
        // C3 merged into C2 by the campaign's last day: its model counts for C2
        assertThat(whole.units()).extracting(Breakdowns.UnitYears::unitId, Breakdowns.UnitYears::models,
                        Breakdowns.UnitYears::late)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("C1", List.of(0L, 2L, 0L), 1L),
                        org.assertj.core.groups.Tuple.tuple("C2", List.of(0L, 1L, 2L), 0L));
        assertThat(whole.totals()).containsExactly(new Breakdowns.YearTotal(2023, 2, 0, 0),
                new Breakdowns.YearTotal(2024, 2, 1, 3), new Breakdowns.YearTotal(2025, 2, 1, 2));
    }

    @Test
    void listsReplicasPerOriginalAndStandsOnTheDay() {
        assertThat(breakdowns("campaign", null).replicas()).containsExactly(
                new Breakdowns.Replicas("elsewhere", null, List.of("m5")),
                new Breakdowns.Replicas("m1", "Mô hình m1", List.of("m3", "m4")));
        // the 6-month review of 2024: years up to 2024, only what was registered by 30 June 2024
        Breakdowns half = breakdowns("2024-H1", null);
        assertThat(half.years()).containsExactly(2023, 2024);
        assertThat(half.replicas()).containsExactly(new Breakdowns.Replicas("m1", "Mô hình m1", List.of("m3")));
        assertThat(half.units()).extracting(Breakdowns.UnitYears::unitId).containsExactlyInAnyOrder("C1", "C2");
    }

    @Test
    void countsTheModelsByFieldRegistrantKindAndNoveltyOnTheDay() {
        Breakdowns whole = breakdowns("campaign", null);
        assertThat(whole.byField()).isEqualTo(Map.of("ECONOMY", 5L));
        assertThat(whole.byRegistrantKind()).isEqualTo(Map.of("COLLECTIVE", 5L));
        assertThat(whole.byNovelty()).isEqualTo(Map.of("NEW", 2L, "CONTINUING", 3L));
        assertThat(breakdowns("2024-H1", null).byNovelty()).isEqualTo(Map.of("NEW", 2L, "CONTINUING", 1L));
    }

    private static UnitChange.Opened opened(String id, String parent, String kind, String level) {
        return new UnitChange.Opened(id, parent, kind, level, id, "Đơn vị " + id, List.of(), LocalDate.of(2008, 1, 1),
                IMPORTED);
    }

    private static UnitTree tree(List<UnitChange> changes) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (UnitChange change : changes) {
            units.merge(change.unitId(), Unit.from(change), (old, fresh) -> old.apply(change));
        }
        return new UnitTree(units.values());
    }

    private static ModelProgress model(String id, String unitId, String at, boolean late, String replicaOf) {
        return ModelProgress.from(ModelChange.registered(id, "c", unitId, new Registration("Mô hình " + id, "ECONOMY",
                "COLLECTIVE", "D", replicaOf == null ? "NEW" : "CONTINUING", late, replicaOf), false,
                Instant.parse(at)));
    }
}
