package vn.thidua.reporting.application.unit;

import org.springframework.stereotype.Service;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static vn.thidua.reporting.application.access.ReportingAccess.REPORT_READERS;

/** Units of the organisation tree as reporting knows them. */
@Service
public class UnitQueries {

    /** A unit and its ancestors (parent first) on a day. */
    public record UnitOnDay(Unit unit, LocalDate day, List<String> ancestors) {
    }

    /** A unit open on a day in the caller's subtree, with its ancestors' names (root first) on that day. */
    public record UnitInSubtree(String unitId, String name, List<String> ancestorNames) {
    }

    private final ProjectionStore projection;
    private final AccessGuard guard;

    public UnitQueries(ProjectionStore projection, AccessGuard guard) {
        this.projection = projection;
        this.guard = guard;
    }

    /**
     * For report readers over the unit asked about: a unit never heard of is in nobody's subtree, so it is refused
     * (403) rather than not found.
     */
    public Optional<UnitOnDay> unit(String unitId, LocalDate day) {
        guard.require(unitId, REPORT_READERS);
        UnitTree tree = new UnitTree(projection.units());
        return tree.find(unitId).map(unit -> new UnitOnDay(unit, day, tree.ancestorsOn(unitId, day)));
    }

    /**
     * The units open on {@code day} in the subtree of the caller's unit, for a report reader choosing one (the unit
     * picker); empty for a caller without a unit.
     */
    public List<UnitInSubtree> subtree(LocalDate day) {
        guard.requireRole(REPORT_READERS);
        String root = CurrentCaller.get().map(Caller::unitId).orElse(null);
        if (root == null) return List.of();
        Collection<Unit> units = projection.units();
        UnitTree tree = new UnitTree(units);
        List<UnitInSubtree> found = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.openedOn() != null && unit.openedOn().isAfter(day)) continue;
            if (unit.closedOn() != null && !unit.closedOn().isAfter(day)) continue;
            List<String> ancestors = tree.ancestorsOn(unit.unitId(), day);
            if (!unit.unitId().equals(root) && !ancestors.contains(root)) continue;
            List<String> names = new ArrayList<>();
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                names.add(tree.find(ancestors.get(i)).map(Unit::displayName).orElse(ancestors.get(i)));
            }
            found.add(new UnitInSubtree(unit.unitId(), unit.displayName(), List.copyOf(names)));
        }
        return found;
    }
}
