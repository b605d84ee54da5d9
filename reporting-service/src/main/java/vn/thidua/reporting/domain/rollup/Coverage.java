package vn.thidua.reporting.domain.rollup;

import vn.thidua.reporting.domain.campaign.PlanTarget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The units of one kind in a subtree and how many of them have at least one counting model that reached each
 * stage: registered, recognised (công nhận), proposed for an award, awarded. Judged against the campaign's
 * target for the kind ({@code null} when it has none) on the registered count.
 */
public record Coverage(String unitKind, PlanTarget target, long units, long registered, long recognized,
                       long proposed, long awarded) {

    /** Registered share rounded down to two decimals; empty without units. */
    public Optional<BigDecimal> percent() {
        return percentOf(registered);
    }

    public Optional<BigDecimal> percentOf(long count) {
        if (units == 0) return Optional.empty();
        return Optional.of(BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(units), 2, RoundingMode.DOWN));
    }

    /** Empty without units or without a target. */
    public Optional<Boolean> met() {
        return units == 0 || target == null ? Optional.empty() : Optional.of(target.met(registered, units));
    }

    Coverage plus(boolean isRegistered, boolean isRecognized, boolean isProposed, boolean isAwarded) {
        return new Coverage(unitKind, target, units + 1, registered + (isRegistered ? 1 : 0),
                recognized + (isRecognized ? 1 : 0), proposed + (isProposed ? 1 : 0), awarded + (isAwarded ? 1 : 0));
    }
}
