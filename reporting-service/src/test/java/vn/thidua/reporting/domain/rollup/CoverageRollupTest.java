package vn.thidua.reporting.domain.rollup;

import org.junit.jupiter.api.Test;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.Registration;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.campaign.CampaignPlan;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanTarget;
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
 * District D (2023-2025; 100% of communes, > 75% of villages) with communes C1, C2, C3 (C3 merged into C2 on
 * 1 July 2025) and villages V1 (in C1), V2 (in C2); province P above, district D2 beside.
 */
class CoverageRollupTest {

    private static final Instant IMPORTED = Instant.parse("2023-01-05T02:00:00Z");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate LONG_AGO = LocalDate.of(2008, 1, 1);

    private final Campaign campaign = Campaign.from(new CampaignChange.Launched("c", "D", 2023, 2025,
            new CampaignPlan("Dân vận khéo", null, List.of(), List.of(), List.of(
                    new PlanTarget("commune", Comparison.AT_LEAST, 100),
                    new PlanTarget("village", Comparison.MORE_THAN, 75)), 1, IMPORTED), IMPORTED));

    private final UnitTree tree = tree(List.of(
            opened("P", null, "tỉnh", "province"), opened("D", "P", "huyện", "district"),
            opened("D2", "P", "huyện", "district"),
            opened("C1", "D", "xã", "commune"), opened("C2", "D", "thị trấn", "commune"),
            opened("C3", "D", "xã", "commune"), opened("C9", "D2", "xã", "commune"),
            opened("V1", "C1", "village", "village"), opened("V2", "C2", "village", "village"),
            new UnitChange.Closed("C3", LocalDate.of(2025, 7, 1), "C2", Instant.parse("2025-06-20T00:00:00Z"))));

    private final List<ModelProgress> models = List.of(
            model("mC3", "C3", "2024-03-01T03:00:00Z"),
            model("mV1", "V1", "2024-08-01T03:00:00Z").apply(ModelChange.reached("mV1", "c", "V1",
                    ModelStage.RECOGNIZED, Instant.parse("2024-10-01T03:00:00Z"))),
            model("mC1", "C1", "2024-02-01T03:00:00Z").apply(ModelChange.withdrawn("mC1", "c", "C1",
                    Instant.parse("2024-09-01T03:00:00Z"))),
            model("mC9", "C9", "2024-02-01T03:00:00Z"));

    @Test
    void asOfADayOnlyWhatHappenedByItsEndCounts() {
        ReportPeriod year = ReportPeriod.parse("2024", campaign).orElseThrow();
        CoverageRollup asOf = CoverageRollup.of(campaign, tree, models, year, LocalDate.of(2024, 6, 30), VIETNAM);
        assertThat(asOf.day()).isEqualTo(LocalDate.of(2024, 6, 30));
        // C1's model not yet withdrawn, V1's not yet registered
        assertThat(asOf.coverage("D")).extracting(Coverage::unitKind, Coverage::units, Coverage::registered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("commune", 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple("village", 2L, 0L));

        CoverageRollup wholeYear = CoverageRollup.of(campaign, tree, models, year, null, VIETNAM);
        Coverage communes = wholeYear.coverage("D").get(0);
        Coverage villages = wholeYear.coverage("D").get(1);
        assertThat(communes.registered()).isEqualTo(1);
        assertThat(communes.met()).contains(false);
        assertThat(villages.registered()).isEqualTo(1);
        assertThat(villages.recognized()).isEqualTo(1);
        assertThat(villages.percent().orElseThrow()).isEqualByComparingTo("50.00");
        assertThat(wholeYear.funnel("D")).containsEntry(ModelStage.REGISTERED, 2L)
                .containsEntry(ModelStage.RECOGNIZED, 1L);
        assertThat(wholeYear.fields("D")).containsEntry("ECONOMY", 2L);
    }

    @Test
    void rollsUpToEveryAncestorAndListsTheChildrenOfTheDay() {
        CoverageRollup rollup = CoverageRollup.of(campaign, tree, models, ReportPeriod.parse("2024", campaign)
                .orElseThrow(), null, VIETNAM);
        assertThat(rollup.children("D")).extracting(Unit::unitId).containsExactly("C1", "C2", "C3");
        assertThat(rollup.coverage("C1").get(1)).extracting(Coverage::units, Coverage::registered)
                .containsExactly(1L, 1L);
        assertThat(rollup.coverage("C2").get(1).registered()).isZero();
        assertThat(rollup.path("V1")).extracting(Unit::unitId).containsExactly("D", "C1", "V1");
        assertThat(rollup.contains("C9")).isFalse();
    }

    @Test
    void aMergedCommuneKeepsItsModelsBeforeTheMergerAndHandsThemToItsSuccessorAfter() {
        CoverageRollup firstHalf = CoverageRollup.of(campaign, tree, models,
                ReportPeriod.parse("2025-H1", campaign).orElseThrow(), null, VIETNAM);
        assertThat(firstHalf.coverage("D").get(0)).extracting(Coverage::units, Coverage::registered)
                .containsExactly(3L, 1L);
        assertThat(firstHalf.coverage("C3")).isNotNull();
        assertThat(firstHalf.children("D")).extracting(Unit::unitId).contains("C3");

        CoverageRollup secondHalf = CoverageRollup.of(campaign, tree, models,
                ReportPeriod.parse("2025-H2", campaign).orElseThrow(), null, VIETNAM);
        assertThat(secondHalf.children("D")).extracting(Unit::unitId).containsExactly("C1", "C2");
        assertThat(secondHalf.coverage("D").get(0)).extracting(Coverage::units, Coverage::registered)
                .containsExactly(2L, 1L);
        assertThat(secondHalf.funnel("C2")).containsEntry(ModelStage.REGISTERED, 1L);
        // the whole campaign (tổng kết) stands on its last day: after the merger
        CoverageRollup whole = CoverageRollup.of(campaign, tree, models, ReportPeriod.wholeCampaign(campaign), null,
                VIETNAM);
        assertThat(whole.day()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(whole.funnel("C2")).containsEntry(ModelStage.REGISTERED, 1L);
    }

    @Test
    void aUnitIsEffectiveByItsModelsLatestVerdictAsOfTheDayAndHandsItOnWithAMerger() {
        List<ModelProgress> assessed = List.of(
                verdicts(model("mV1", "V1", "2024-02-01T03:00:00Z"), "2024-07-01T03:00:00Z", "EFFECTIVE",
                        "2025-01-10T03:00:00Z", "WEAKENED"),
                verdicts(model("mC3", "C3", "2024-03-01T03:00:00Z"), "2024-12-20T03:00:00Z", "EFFECTIVE"),
                verdicts(model("mC1", "C1", "2024-02-01T03:00:00Z"), "2024-05-01T03:00:00Z", "STOPPED"));
        ReportPeriod year = ReportPeriod.parse("2024", campaign).orElseThrow();
        CoverageRollup midYear = CoverageRollup.of(campaign, tree, assessed, year, LocalDate.of(2024, 6, 30), VIETNAM);
        assertThat(midYear.coverage("D")).extracting(Coverage::effective).containsExactly(0L, 0L);

        CoverageRollup wholeYear = CoverageRollup.of(campaign, tree, assessed, year, null, VIETNAM);
        Coverage communes = wholeYear.coverage("D").get(0);
        Coverage villages = wholeYear.coverage("D").get(1);
        assertThat(communes.effective()).isEqualTo(1);
        assertThat(communes.registered()).isEqualTo(2);
        assertThat(communes.effectiveMet()).contains(false);
        assertThat(villages.effective()).isEqualTo(1);
        assertThat(wholeYear.coverage("C3").get(1).effective()).isZero();

        // 2025: V1's model weakened; C3's effective model now stands for C2 (merged on 1 July 2025)
        CoverageRollup whole = CoverageRollup.of(campaign, tree, assessed, ReportPeriod.wholeCampaign(campaign), null,
                VIETNAM);
        assertThat(whole.coverage("D")).extracting(Coverage::effective).containsExactly(1L, 0L);
        assertThat(whole.coverage("D").get(0)).extracting(Coverage::units, Coverage::registered)
                .containsExactly(2L, 2L);
        CoverageRollup firstHalf = CoverageRollup.of(campaign, tree, assessed,
                ReportPeriod.parse("2025-H1", campaign).orElseThrow(), null, VIETNAM);
        assertThat(firstHalf.coverage("D").get(0)).extracting(Coverage::units, Coverage::effective)
                .containsExactly(3L, 1L);
    }

    private static ModelProgress verdicts(ModelProgress model, String... timesAndVerdicts) {
        for (int i = 0; i < timesAndVerdicts.length; i += 2) {
            model = model.apply(ModelChange.assessed(model.modelId(), "c", model.unitId(),
                    new vn.thidua.reporting.domain.Verdict(Instant.parse(timesAndVerdicts[i]), timesAndVerdicts[i + 1])));
        }
        return model;
    }

    @Test
    void periodsAreQuartersHalvesYearsAndTheWholeCampaign() {
        List<ReportPeriod> periods = ReportPeriod.of(campaign);
        assertThat(periods).hasSize(1 + 3 * 7);
        assertThat(periods.get(0).code()).isEqualTo("campaign");
        ReportPeriod half = ReportPeriod.parse("2024-H2", campaign).orElseThrow();
        assertThat(half.from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(half.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(ReportPeriod.parse("2024-Q1", campaign).orElseThrow().to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(ReportPeriod.parse("2022", campaign)).isEmpty();
    }

    private static UnitChange.Opened opened(String id, String parent, String kind, String level) {
        return new UnitChange.Opened(id, parent, kind, level, id, "Đơn vị " + id, List.of(), LONG_AGO, IMPORTED);
    }

    private static UnitTree tree(List<UnitChange> changes) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (UnitChange change : changes) {
            units.merge(change.unitId(), Unit.from(change), (old, fresh) -> old.apply(change));
        }
        return new UnitTree(units.values());
    }

    private static ModelProgress model(String id, String unitId, String at) {
        return ModelProgress.from(ModelChange.registered(id, "c", unitId,
                new Registration("Mô hình " + id, "ECONOMY", "COLLECTIVE"), Instant.parse(at)));
    }
}
