package vn.thidua.platform.tree;

import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds a unit of the organisation tree by id; its ancestors are walked parent by parent from there. */
public interface UnitLookup extends UnitAncestry {

    /** Far more than the tree's real depth (province → district → commune → village). */
    int MAX_DEPTH = 32;

    /** The unit, or empty when the copy has not heard of it (yet). */
    Optional<UnitNode> find(String unitId);

    /**
     * Walks the parents, bounded ({@link #MAX_DEPTH} steps, stopping on a unit seen before), so a broken copy
     * cannot make a request loop; a parent never heard of ends the chain.
     */
    @Override
    default Optional<List<String>> ancestorsOf(String unitId) {
        Optional<UnitNode> unit = find(unitId);
        if (unit.isEmpty()) return Optional.empty();
        LinkedList<String> ancestors = new LinkedList<>();
        Set<String> seen = new HashSet<>(Set.of(unitId));
        String parent = unit.get().parentId();
        for (int step = 0; step < MAX_DEPTH && parent != null && seen.add(parent); step++) {
            Optional<UnitNode> known = find(parent);
            if (known.isEmpty()) break;
            ancestors.addFirst(parent);
            parent = known.get().parentId();
        }
        return Optional.of(List.copyOf(ancestors));
    }
}
