package vn.thidua.platform.tree;

import vn.thidua.platform.security.Jurisdiction;

/**
 * Jurisdiction from the organisation tree: a unit is covered by itself and by every ancestor. A unit the tree
 * does not know is covered by nobody, not even by itself: until it is known, nothing about it is within reach.
 */
public class TreeJurisdiction implements Jurisdiction {

    private final UnitAncestry ancestry;

    public TreeJurisdiction(UnitAncestry ancestry) {
        this.ancestry = ancestry;
    }

    @Override
    public boolean covers(String ancestorUnitId, String unitId) {
        if (ancestorUnitId == null || unitId == null) return false;
        return ancestry.ancestorsOf(unitId)
                .map(ancestors -> ancestorUnitId.equals(unitId) || ancestors.contains(ancestorUnitId))
                .orElse(false);
    }
}
