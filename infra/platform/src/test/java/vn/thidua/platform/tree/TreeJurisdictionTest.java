package vn.thidua.platform.tree;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TreeJurisdictionTest {

    /** 45 (Quảng Trị) → D464 (Vĩnh Linh) → W19363 (Hồ Xá) → V-W19363-01, W19369 (Vĩnh Thái); D465 beside D464. */
    private final Map<String, UnitNode> units = new HashMap<>();
    private final UnitLookup tree = unitId -> Optional.ofNullable(units.get(unitId));
    private final TreeJurisdiction jurisdiction = new TreeJurisdiction(tree);

    TreeJurisdictionTest() {
        unit("45", null);
        unit("D464", "45");
        unit("D465", "45");
        unit("W19363", "D464");
        unit("W19369", "D464");
        unit("V-W19363-01", "W19363");
    }

    private void unit(String unitId, String parentId) {
        units.put(unitId, new UnitNode(unitId, parentId, "unit", unitId, false));
    }

    @Test
    void aUnitCoversItselfAndEverythingBelowIt() {
        assertThat(jurisdiction.covers("D464", "D464")).isTrue();
        assertThat(jurisdiction.covers("D464", "W19363")).isTrue();
        assertThat(jurisdiction.covers("D464", "V-W19363-01")).isTrue();
        assertThat(jurisdiction.covers("45", "V-W19363-01")).isTrue();
    }

    @Test
    void notUpwardsNorSideways() {
        assertThat(jurisdiction.covers("W19363", "D464")).isFalse();
        assertThat(jurisdiction.covers("D465", "W19363")).isFalse();
        assertThat(jurisdiction.covers("W19369", "W19363")).isFalse();
    }

    @Test
    void aUnitTheCopyHasNotHeardOfIsCoveredByNobody() {
        assertThat(jurisdiction.covers("45", "W99999")).isFalse();
        assertThat(jurisdiction.covers("W99999", "W99999")).as("not even by itself").isFalse();
        assertThat(jurisdiction.covers("X", "W19363")).as("an unknown ancestor covers nothing").isFalse();
        assertThat(jurisdiction.covers(null, "W19363")).isFalse();
        assertThat(jurisdiction.covers("45", null)).isFalse();
    }

    @Test
    void aMoveTakesTheSubtreeAlong() {
        unit("W19363", "D465");
        assertThat(jurisdiction.covers("D465", "V-W19363-01")).isTrue();
        assertThat(jurisdiction.covers("D464", "V-W19363-01")).isFalse();
    }

    @Test
    void aClosedUnitStillHoldsItsSubtree() {
        units.put("D464", new UnitNode("D464", "45", "district", "Vĩnh Linh", true));
        assertThat(jurisdiction.covers("45", "W19363")).isTrue();
    }

    @Test
    void aBrokenCopyCannotMakeTheWalkLoop() {
        unit("A", "B");
        unit("B", "A");
        assertThat(jurisdiction.covers("45", "A")).isFalse();
        String parent = "deep-0";
        unit(parent, "45");
        for (int i = 1; i <= UnitLookup.MAX_DEPTH + 5; i++) {
            unit("deep-" + i, parent);
            parent = "deep-" + i;
        }
        assertThat(jurisdiction.covers("deep-0", "deep-3")).isTrue();
        assertThat(jurisdiction.covers("45", parent)).as("deeper than the bound").isFalse();
    }
}
