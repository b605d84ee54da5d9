package vn.thidua.reporting.application.unit;

import org.springframework.stereotype.Service;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Units of the organisation tree as reporting knows them. */
@Service
public class UnitQueries {

    /** A unit and its ancestors (parent first) on a day. */
    public record UnitOnDay(Unit unit, LocalDate day, List<String> ancestors) {
    }

    private final ProjectionStore projection;

    public UnitQueries(ProjectionStore projection) {
        this.projection = projection;
    }

    /** Empty when the unit was never heard of. */
    public Optional<UnitOnDay> unit(String unitId, LocalDate day) {
        UnitTree tree = new UnitTree(projection.units());
        return tree.find(unitId).map(unit -> new UnitOnDay(unit, day, tree.ancestorsOn(unitId, day)));
    }
}
