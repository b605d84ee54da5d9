package vn.thidua.reporting.application.unit;

import org.springframework.stereotype.Service;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static vn.thidua.reporting.application.access.ReportingAccess.REPORT_READERS;

/** Units of the organisation tree as reporting knows them. */
@Service
public class UnitQueries {

    /** A unit and its ancestors (parent first) on a day. */
    public record UnitOnDay(Unit unit, LocalDate day, List<String> ancestors) {
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
}
