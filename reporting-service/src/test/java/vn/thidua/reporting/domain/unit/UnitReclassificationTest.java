package vn.thidua.reporting.domain.unit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's kind, level and groups are the newest its opening or reclassifications say, in whatever order they come. */
class UnitReclassificationTest {

    private static final Instant OPENED = Instant.parse("2023-01-05T02:00:00Z");
    private static final UnitChange.Opened VILLAGE = new UnitChange.Opened("T01", "W19363", "thôn", "village",
            "Thôn 1", "Thôn 1", List.of(), LocalDate.of(2020, 1, 1), OPENED);
    private static final UnitChange.Reclassified QUARTER = new UnitChange.Reclassified("T01", "khu phố", "village",
            List.of("urban"), OPENED.plusSeconds(3600));

    @Test
    void aReclassifiedUnitCountsByItsNewKindOnly() {
        Unit unit = Unit.from(VILLAGE).apply(QUARTER);
        assertThat(unit.isOfKind("khu phố")).isTrue();
        assertThat(unit.isOfKind("urban")).isTrue();
        assertThat(unit.isOfKind("thôn")).isFalse();
        assertThat(unit.isOfKind("village")).as("its level is still village").isTrue();
        assertThat(unit.openedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void theOrderOfArrivalAndRedeliveriesDoNotMatter() {
        Unit inOrder = Unit.from(VILLAGE).apply(QUARTER);
        Unit reversed = Unit.from(QUARTER).apply(VILLAGE);
        Unit redelivered = Unit.from(VILLAGE).apply(QUARTER).apply(VILLAGE).apply(QUARTER);
        assertThat(reversed).isEqualTo(inOrder);
        assertThat(redelivered).isEqualTo(inOrder);
        assertThat(reversed.opened()).isTrue();
    }

    @Test
    void anOlderReclassificationArrivingLateChangesNothing() {
        UnitChange.Reclassified older = new UnitChange.Reclassified("T01", "bản", "village", List.of(),
                OPENED.plusSeconds(60));
        Unit unit = Unit.from(VILLAGE).apply(QUARTER).apply(older);
        assertThat(unit.kind()).isEqualTo("khu phố");
        assertThat(Unit.from(VILLAGE).apply(older).kind()).isEqualTo("bản");
    }
}
