package vn.thidua.reporting.domain.unit;

import vn.thidua.platform.time.VietnamTime;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTreeTest {

    private static final Instant IMPORTED = Instant.parse("2023-01-05T02:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    static UnitChange.Opened opened(String id, String parent, String kind, String level, LocalDate on,
                                    String... groups) {
        return new UnitChange.Opened(id, parent, kind, level, id, "Đơn vị " + id, List.of(groups), on, IMPORTED);
    }

    private static UnitTree tree(List<UnitChange> changes) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (UnitChange change : changes) {
            units.merge(change.unitId(), Unit.from(change), (old, fresh) -> old.apply(change));
        }
        return new UnitTree(units.values());
    }

    private static final LocalDate LONG_AGO = LocalDate.of(2008, 1, 1);

    /** Province P, district D (organiser) with communes C1, C2 and villages below them, agency A; district D2 beside. */
    private static List<UnitChange> district() {
        return new ArrayList<>(List.of(
                opened("P", null, "tỉnh", "province", LONG_AGO),
                opened("D", "P", "huyện", "district", LONG_AGO),
                opened("D2", "P", "huyện", "district", LONG_AGO),
                opened("C1", "D", "xã", "commune", LONG_AGO, "coastal"),
                opened("C2", "D", "thị trấn", "commune", LONG_AGO),
                opened("V1", "C1", "village", "village", LONG_AGO),
                opened("V2", "C2", "village", "village", LONG_AGO),
                opened("A", "D", "agency", "district", LONG_AGO),
                opened("C9", "D2", "xã", "commune", LONG_AGO)));
    }

    private static List<String> ids(List<Unit> units) {
        return units.stream().map(Unit::unitId).toList();
    }

    @Test
    void theUnitsBelowAreTheWholeSubtreeButNotTheRootNorItsNeighbours() {
        UnitTree tree = tree(district());
        assertThat(ids(tree.under("D", FROM, TO))).containsExactly("A", "C1", "C2", "V1", "V2");
        assertThat(tree.ancestorsOn("V1", FROM)).containsExactly("C1", "D", "P");
    }

    @Test
    void theOrderOfTheOpeningsDoesNotMatterChildrenMayComeFirst() {
        UnitTree inOrder = tree(district());
        List<UnitChange> reversed = district();
        Collections.reverse(reversed);
        assertThat(ids(tree(reversed).under("D", FROM, TO))).isEqualTo(ids(inOrder.under("D", FROM, TO)));
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            List<UnitChange> shuffled = district();
            Collections.shuffle(shuffled, random);
            assertThat(tree(shuffled).under("D", FROM, TO)).isEqualTo(inOrder.under("D", FROM, TO));
        }
    }

    @Test
    void aUnitCountsWhenItExistedOnSomeDayOfThePeriod() {
        List<UnitChange> changes = district();
        changes.add(opened("V-closed-before", "C1", "village", "village", LONG_AGO));
        changes.add(new UnitChange.Closed("V-closed-before", LocalDate.of(2022, 7, 1), "V1", IMPORTED));
        // existed until 31 December 2022: not during a period starting 1 January 2023
        changes.add(opened("V-closed-on-start", "C1", "village", "village", LONG_AGO));
        changes.add(new UnitChange.Closed("V-closed-on-start", FROM, null, IMPORTED));
        changes.add(opened("V-closed-day-after-start", "C1", "village", "village", LONG_AGO));
        changes.add(new UnitChange.Closed("V-closed-day-after-start", FROM.plusDays(1), null, IMPORTED));
        changes.add(opened("V-opened-last-day", "C1", "village", "village", TO));
        changes.add(opened("V-opened-after", "C1", "village", "village", TO.plusDays(1)));
        changes.add(opened("C-successor", "D", "xã", "commune", LocalDate.of(2025, 7, 1)));

        UnitTree tree = tree(changes);

        assertThat(ids(tree.under("D", FROM, TO))).containsExactly("A", "C-successor", "C1", "C2", "V-closed-day-after-start",
                "V-opened-last-day", "V1", "V2");
        assertThat(ids(tree.under("D", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30))))
                .as("on one day of 2024").containsExactly("A", "C1", "C2", "V1", "V2");
    }

    @Test
    void aUnitThatMovedCountsUnderBothParentsOfThePeriodButNotAfter() {
        List<UnitChange> changes = district();
        // on 1 July 2024 (Vietnam time; 17:30 UTC on 30 June) V2 moved from C2 (district D) to C9 (district D2)
        changes.add(moved("V2", "C9", Instant.parse("2024-06-30T17:30:00Z")));
        UnitTree tree = tree(changes);

        assertThat(tree.ancestorsOn("V2", LocalDate.of(2024, 6, 30))).containsExactly("C2", "D", "P");
        assertThat(tree.ancestorsOn("V2", LocalDate.of(2024, 7, 1))).containsExactly("C9", "D2", "P");
        assertThat(ids(tree.under("D", FROM, TO))).contains("V2");
        assertThat(ids(tree.under("D2", FROM, TO))).contains("V2");
        assertThat(ids(tree.under("D", LocalDate.of(2025, 1, 1), TO))).doesNotContain("V2");
        assertThat(ids(tree.under("D2", FROM, LocalDate.of(2024, 6, 30)))).doesNotContain("V2");
    }

    @Test
    void whenADistrictIsAbolishedItsCommunesStillCountForItsEarlierCampaigns() {
        List<UnitChange> changes = district();
        Instant reform = Instant.parse("2025-06-30T17:00:00Z"); // 1 July 2025, Vietnam time
        changes.add(moved("C1", "P", reform));
        changes.add(moved("C2", "P", reform));
        changes.add(new UnitChange.Closed("D", LocalDate.of(2025, 7, 1), "P", reform));
        UnitTree tree = tree(changes);

        assertThat(ids(tree.under("D", FROM, LocalDate.of(2024, 12, 31)))).containsExactly("A", "C1", "C2", "V1", "V2");
        assertThat(ids(tree.under("P", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1))))
                .contains("C1", "C2", "V1", "V2");
    }

    @Test
    void aCycleFromInconsistentEventsEndsTheChain() {
        List<UnitChange> changes = new ArrayList<>(List.of(
                opened("X", "Y", "xã", "commune", LONG_AGO), opened("Y", "X", "xã", "commune", LONG_AGO)));
        UnitTree tree = tree(changes);
        assertThat(tree.ancestorsOn("X", FROM)).containsExactly("Y");
        assertThat(ids(tree.under("X", FROM, TO))).containsExactly("Y");
    }

    @Test
    void aTargetKindNamesAKindALevelOrAGroup() {
        Unit commune = Unit.from(opened("C1", "D", "xã", "commune", LONG_AGO, "coastal"));
        assertThat(commune.isOfKind("commune")).isTrue();
        assertThat(commune.isOfKind(" Commune ")).isTrue();
        assertThat(commune.isOfKind("xã")).isTrue();
        assertThat(commune.isOfKind(Normalizer.normalize("XÃ", Normalizer.Form.NFD))).as("decomposed diacritics")
                .isTrue();
        assertThat(commune.isOfKind("coastal")).isTrue();
        assertThat(commune.isOfKind("village")).isFalse();
        assertThat(commune.isOfKind("xa")).as("no diacritic folding: xa is not xã").isFalse();
        assertThat(Unit.from(new UnitChange.Renamed("C1", "Vĩnh Giang", null, IMPORTED)).isOfKind("commune"))
                .as("a unit whose opening has not arrived has no kind yet").isFalse();
    }

    @Test
    void theNewestNameWinsWhateverTheOrder() {
        UnitChange opened = opened("C1", "D", "xã", "commune", LONG_AGO);
        UnitChange renamed = new UnitChange.Renamed("C1", "Vĩnh Giang", "Xã Vĩnh Giang", IMPORTED.plusSeconds(60));
        Unit inOrder = Unit.from(opened).apply(renamed);
        Unit reversed = Unit.from(renamed).apply(opened);
        assertThat(inOrder).isEqualTo(reversed);
        assertThat(inOrder.displayName()).isEqualTo("Xã Vĩnh Giang");
        assertThat(inOrder.kind()).isEqualTo("xã");
        assertThat(inOrder.apply(opened).apply(renamed)).as("repeated").isEqualTo(inOrder);
    }

    /** A move taking effect on Vietnam's date of {@code at}, as the application reads it from UnitMoved. */
    private static UnitChange.Moved moved(String unitId, String toParentId, Instant at) {
        return new UnitChange.Moved(unitId, toParentId, VietnamTime.dateOf(at), at);
    }
}
