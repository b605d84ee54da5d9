package vn.thidua.reporting.domain.rollup;

import vn.thidua.reporting.domain.campaign.PlanTarget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The units of one kind in a subtree and how many of them have at least one counting model that reached each
 * stage: registered, recognised (công nhận), proposed for an award, awarded; and with one operating effectively
 * (hoạt động hiệu quả, its latest verdict). Judged against the campaign's target for the kind ({@code null} when it
 * has none) on the registered count; {@link #effectiveMet()} on the effective count (seed 004).
 */
public record Coverage(String unitKind, PlanTarget target, long units, long registered, long recognized,
                       long proposed, long awarded, long effective) {

    /** Coverage without the effective count (the first shape of this record). */
    public Coverage(String unitKind, PlanTarget target, long units, long registered, long recognized, long proposed,
                    long awarded) {
        this(unitKind, target, units, registered, recognized, proposed, awarded, 0);
    }

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

    /** Empty without units or without a target; whether the units operating effectively meet it. */
    public Optional<Boolean> effectiveMet() {
        return units == 0 || target == null ? Optional.empty() : Optional.of(target.met(effective, units));
    }

    Coverage plus(boolean isRegistered, boolean isRecognized, boolean isProposed, boolean isAwarded,
                  boolean isEffective) {
        return new Coverage(unitKind, target, units + 1, registered + (isRegistered ? 1 : 0),
                recognized + (isRecognized ? 1 : 0), proposed + (isProposed ? 1 : 0), awarded + (isAwarded ? 1 : 0),
                effective + (isEffective ? 1 : 0));
    }

    Coverage plus(Coverage other) {
        return new Coverage(unitKind, target, units + other.units, registered + other.registered,
                recognized + other.recognized, proposed + other.proposed, awarded + other.awarded,
                effective + other.effective);
    }
}
