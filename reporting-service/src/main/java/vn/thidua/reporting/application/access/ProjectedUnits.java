package vn.thidua.reporting.application.access;

import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.platform.tree.TreeJurisdiction;
import vn.thidua.platform.tree.UnitLookup;
import vn.thidua.platform.tree.UnitNode;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reporting's own copy of the organisation tree as jurisdiction asks it: each unit with its parent as it stands
 * today (the newest opening or move), kept from the unit events; it never asks registration. Jurisdiction over it
 * is the platform's {@link TreeJurisdiction}: a unit never heard of is covered by nobody.
 */
public class ProjectedUnits implements UnitLookup {

    private final Function<String, Optional<Unit>> units;

    /** Over the stored tree, read unit by unit (a few reads per check). */
    public ProjectedUnits(ProjectionStore projection) {
        this(projection::unit);
    }

    private ProjectedUnits(Function<String, Optional<Unit>> units) {
        this.units = units;
    }

    /** Over a copy of the tree read once, for checking a whole list. */
    public static ProjectedUnits over(Collection<Unit> tree) {
        Map<String, Unit> byId = new HashMap<>();
        tree.forEach(unit -> byId.putIfAbsent(unit.unitId(), unit));
        return new ProjectedUnits(unitId -> Optional.ofNullable(byId.get(unitId)));
    }

    /** Jurisdiction over these units. */
    public Jurisdiction jurisdiction() {
        return new TreeJurisdiction(this);
    }

    @Override
    public Optional<UnitNode> find(String unitId) {
        if (unitId == null) return Optional.empty();
        return units.apply(unitId).map(unit -> new UnitNode(unit.unitId(), unit.currentParent(), unit.kind(),
                unit.displayName(), unit.closedOn() != null));
    }
}
