package vn.thidua.reporting.application.access;

import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reporting's answer to "is this unit in that subtree": its own copy of the organisation tree, kept from the unit
 * events (UnitOpened, UnitMoved, ...) of the registration topic; it never asks the registration service. The unit's
 * parents are walked as they stand today (the newest opening or move). A unit never heard of is covered by nobody,
 * not even by a caller claiming it as their own unit.
 */
public class UnitJurisdiction implements Jurisdiction {

    /** Deeper than any real tree (province, district, commune, village, ...); ends a chain broken into a cycle. */
    private static final int MAX_DEPTH = 64;

    private final Function<String, Optional<Unit>> units;

    /** Over the stored tree, read unit by unit (a few reads per check). */
    public UnitJurisdiction(ProjectionStore projection) {
        this.units = projection::unit;
    }

    private UnitJurisdiction(Function<String, Optional<Unit>> units) {
        this.units = units;
    }

    /** Over a copy of the tree read once, for checking a whole list. */
    public static UnitJurisdiction over(Collection<Unit> tree) {
        Map<String, Unit> byId = new HashMap<>();
        tree.forEach(unit -> byId.putIfAbsent(unit.unitId(), unit));
        return new UnitJurisdiction(unitId -> Optional.ofNullable(byId.get(unitId)));
    }

    @Override
    public boolean covers(String ancestorUnitId, String unitId) {
        if (ancestorUnitId == null || unitId == null) return false;
        Optional<Unit> current = units.apply(unitId);
        if (current.isEmpty()) return false;
        Set<String> seen = new HashSet<>();
        for (int depth = 0; depth < MAX_DEPTH && current.isPresent(); depth++) {
            Unit unit = current.get();
            if (unit.unitId().equals(ancestorUnitId)) return true;
            String parent = unit.currentParent();
            if (parent == null || !seen.add(unit.unitId())) return false;
            current = units.apply(parent);
        }
        return false;
    }
}
