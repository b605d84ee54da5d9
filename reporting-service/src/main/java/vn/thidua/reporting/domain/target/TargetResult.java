package vn.thidua.reporting.domain.target;

import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.unit.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How far one target is reached: the units it is about (the denominator), those of them without a counting model.
 * The percentage is shown rounded down to two decimals (so 99.996% never shows as 100); whether the target is met is
 * decided on the exact counts.
 *
 * @param units     the units of the target's kind below the organiser during the period, sorted by id
 * @param uncovered those of {@code units} with no counting model, sorted by id
 * @param effective how many of {@code units} have a counting model whose latest verdict is effective
 */
public record TargetResult(PlanTarget target, List<Unit> units, List<Unit> uncovered, long effective) {

    /** Without the effective count. */
    public TargetResult(PlanTarget target, List<Unit> units, List<Unit> uncovered) {
        this(target, units, uncovered, 0);
    }

    public TargetResult {
        units = List.copyOf(units);
        uncovered = List.copyOf(uncovered);
        if (uncovered.size() > units.size()) throw new IllegalArgumentException("more uncovered units than units");
    }

    public long total() {
        return units.size();
    }

    /** Units with at least one counting model. */
    public long covered() {
        return units.size() - uncovered.size();
    }

    /** Empty when there are no units of the kind: a percentage of nothing means nothing. */
    public Optional<BigDecimal> percent() {
        if (units.isEmpty()) return Optional.empty();
        return Optional.of(BigDecimal.valueOf(covered() * 100).divide(BigDecimal.valueOf(total()), 2,
                RoundingMode.DOWN));
    }

    /** Empty when there are no units of the kind to judge the target by. */
    public Optional<Boolean> met() {
        return units.isEmpty() ? Optional.empty() : Optional.of(target.met(covered(), total()));
    }
}
