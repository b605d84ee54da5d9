package vn.thidua.reporting.domain.campaign;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonTest {

    @Test
    void moreThanEightyPercentNeedsStrictlyMoreThanEighty() {
        PlanTarget agencies = new PlanTarget("agency", Comparison.MORE_THAN, 80);
        assertThat(agencies.met(4, 5)).as("4 of 5 is exactly 80%").isFalse();
        assertThat(agencies.met(80, 100)).isFalse();
        assertThat(agencies.met(81, 100)).isTrue();
        assertThat(agencies.met(5, 6)).as("83.3%").isTrue();
    }

    @Test
    void atLeastAHundredPercentNeedsEveryUnit() {
        PlanTarget communes = new PlanTarget("commune", Comparison.AT_LEAST, 100);
        assertThat(communes.met(3, 3)).isTrue();
        assertThat(communes.met(2, 3)).isFalse();
        assertThat(communes.met(999, 1000)).as("99.9% is not 100%").isFalse();
    }

    @Test
    void atLeastSeventyFivePercentIsMetByExactlySeventyFive() {
        assertThat(new PlanTarget("village", Comparison.AT_LEAST, 75).met(3, 4)).isTrue();
        assertThat(new PlanTarget("village", Comparison.MORE_THAN, 75).met(3, 4)).isFalse();
    }

    @Test
    void thereIsNothingToJudgeWithoutUnits() {
        assertThatThrownBy(() -> Comparison.AT_LEAST.met(0, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comparison.AT_LEAST.met(4, 3, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetNeedsAKindAComparisonAndAPercentage() {
        assertThatThrownBy(() -> new PlanTarget(" ", Comparison.AT_LEAST, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unitKind");
        assertThatThrownBy(() -> new PlanTarget("commune", null, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comparison");
        assertThatThrownBy(() -> new PlanTarget("commune", Comparison.AT_LEAST, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent");
    }

    /** The whole-number comparison agrees with the exact fractions, with no rounding anywhere. */
    @Property
    void metAgreesWithExactFractions(@ForAll @LongRange(min = 1, max = 1_000_000) long total,
                                     @ForAll @LongRange(min = 0, max = 1_000_000) long covered,
                                     @ForAll @IntRange(min = 0, max = 100) int percent) {
        Assume.that(covered <= total);
        int exact = BigInteger.valueOf(covered).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(percent).multiply(BigInteger.valueOf(total)));
        assertThat(Comparison.AT_LEAST.met(covered, total, percent)).isEqualTo(exact >= 0);
        assertThat(Comparison.MORE_THAN.met(covered, total, percent)).isEqualTo(exact > 0);
    }

    /** One more covered unit never un-meets a target. */
    @Property
    void moreCoveredUnitsNeverUnmeetATarget(@ForAll @LongRange(min = 1, max = 10_000) long total,
                                            @ForAll @LongRange(min = 0, max = 10_000) long covered,
                                            @ForAll @IntRange(min = 0, max = 100) int percent,
                                            @ForAll Comparison comparison) {
        Assume.that(covered < total);
        if (comparison.met(covered, total, percent)) {
            assertThat(comparison.met(covered + 1, total, percent)).isTrue();
        }
    }
}
