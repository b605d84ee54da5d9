package vn.thidua.platform.tree;

import vn.thidua.platform.security.Jurisdiction;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Jurisdiction from a copy of the tree: a unit is covered by an ancestor when walking its parents reaches the
 * ancestor. A unit the copy does not know is covered by nobody (not even by itself): until its UnitOpened has
 * arrived, nothing about it is within anyone's reach. The walk is bounded ({@link #MAX_DEPTH} steps, and it stops
 * on a unit seen before), so a broken copy cannot make a request loop.
 */
public class TreeJurisdiction implements Jurisdiction {

    /** Far more than the tree's real depth (province → district → commune → village). */
    public static final int MAX_DEPTH = 32;

    private final UnitTree tree;

    public TreeJurisdiction(UnitTree tree) {
        this.tree = tree;
    }

    @Override
    public boolean covers(String ancestorUnitId, String unitId) {
        if (ancestorUnitId == null || unitId == null) return false;
        Set<String> seen = new HashSet<>();
        String current = unitId;
        for (int step = 0; step <= MAX_DEPTH && current != null && seen.add(current); step++) {
            Optional<UnitNode> node = tree.find(current);
            if (node.isEmpty()) return false;
            if (current.equals(ancestorUnitId)) return true;
            current = node.get().parentId();
        }
        return false;
    }
}
