package vn.thidua.reporting.domain.plan;

import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.unit.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Units of one kind below a unit that have a plan (seed 004 §2.1: 100% of units have one), on the rollup's standing
 * day: the units are the rollup's (kind rule and tree as for the coverage targets), a plan counts when filed before
 * that day ended, for the unit that stands for its filer then (a merged commune's passes to its successor, as its
 * models do). The target is 100%: met when every unit of the kind has one.
 */
public record PlanCoverage(String unitKind, long units, long withPlan) {

    /** Per target kind of the campaign (in its order), the units strictly below {@code unitId}. */
    public static List<PlanCoverage> of(CoverageRollup rollup, String unitId, Collection<PlanFiling> filings,
                                        ZoneId zone) {
        Instant cutoff = rollup.day().plusDays(1).atStartOfDay(zone).toInstant();
        String campaignId = rollup.campaign().campaignId();
        Set<String> planned = filings.stream()
                .filter(f -> campaignId.equals(f.campaignId()) && f.filedBefore(cutoff))
                .map(f -> rollup.standingFor(f.unitId())).collect(Collectors.toSet());
        List<Unit> below = rollup.subtree(unitId).stream().filter(u -> !u.unitId().equals(unitId)).toList();
        return rollup.coverage(unitId).stream().map(c -> {
            long units = 0;
            long withPlan = 0;
            for (Unit unit : below) {
                Unit parent = rollup.unit(unit.parentOn(rollup.day()));
                if (!unit.isOfKind(c.unitKind(), parent == null ? null : parent.level())) continue;
                units++;
                if (planned.contains(unit.unitId())) withPlan++;
            }
            return new PlanCoverage(c.unitKind(), units, withPlan);
        }).toList();
    }

    /** Rounded down to 2 decimals; empty without units of the kind. */
    public Optional<BigDecimal> percent() {
        if (units == 0) return Optional.empty();
        return Optional.of(BigDecimal.valueOf(withPlan * 100).divide(BigDecimal.valueOf(units), 2, RoundingMode.DOWN));
    }

    /** Every unit of the kind has a plan; empty without units of the kind. */
    public Optional<Boolean> met() {
        return units == 0 ? Optional.empty() : Optional.of(withPlan == units);
    }
}
