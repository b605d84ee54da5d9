package vn.thidua.reporting.domain.target;

import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Coverage of a campaign against its targets (độ bao phủ so với chỉ tiêu) for the period {@code from..to}: per
 * target, the units strictly below the organiser of its kind ({@link Unit#isOfKind}) that existed below it on
 * some day of the period ({@link UnitTree#under}, the tree as it stood then), those with a counting model
 * ({@link ModelProgress#counts}; a merged unit's models also cover the unit standing for it at the period's end,
 * {@link UnitTree#standingOn}, as in the dashboard's rollup), and whether the share meets the target. The rules: the README, "Coverage
 * against targets".
 */
public record TargetCoverage(Campaign campaign, LocalDate from, LocalDate to, List<TargetResult> targets,
                             ModelTotals models) {

    public TargetCoverage {
        targets = List.copyOf(targets);
    }

    /** Over the campaign's whole period (1 January of its first year to 31 December of its last). */
    public static TargetCoverage of(Campaign campaign, UnitTree tree, Collection<ModelProgress> models) {
        return of(campaign, tree, models, campaign.periodStart(), campaign.periodEnd());
    }

    public static TargetCoverage of(Campaign campaign, UnitTree tree, Collection<ModelProgress> models,
                                    LocalDate from, LocalDate to) {
        if (!campaign.launched()) throw new IllegalArgumentException("Campaign " + campaign.campaignId()
                + " has not been launched: its organiser and period are unknown");
        if (to.isBefore(from)) throw new IllegalArgumentException("The period ends before it starts");
        // a model covers its unit and, as the rollup hands it over, the unit standing for it at the period's end
        Set<String> coveredUnits = models.stream()
                .filter(m -> m.campaignId().equals(campaign.campaignId()) && m.unitId() != null && m.counts())
                .flatMap(m -> Stream.of(m.unitId(), tree.standingOn(m.unitId(), to)))
                .collect(Collectors.toSet());
        Set<String> effectiveUnits = models.stream()
                .filter(m -> m.campaignId().equals(campaign.campaignId()) && m.unitId() != null && m.counts()
                        && m.effectiveBefore(java.time.Instant.MAX))
                .flatMap(m -> Stream.of(m.unitId(), tree.standingOn(m.unitId(), to)))
                .collect(Collectors.toSet());
        List<Unit> below = tree.under(campaign.organiserUnitId(), from, to);
        List<PlanTarget> planned = campaign.plan() == null ? List.of() : campaign.plan().coverageTargets();
        List<TargetResult> results = planned.stream().map(target -> {
            List<Unit> units = below.stream().filter(u -> u.isOfKind(target.unitKind(), tree.find(u.currentParent())
                    .map(Unit::level).orElse(null))).toList();
            List<Unit> uncovered = units.stream().filter(u -> !coveredUnits.contains(u.unitId())).toList();
            long effective = units.stream().filter(u -> effectiveUnits.contains(u.unitId())).count();
            return new TargetResult(target, units, uncovered, effective);
        }).toList();
        return new TargetCoverage(campaign, from, to, results, ModelTotals.of(campaign.campaignId(), models));
    }
}
