package vn.thidua.reporting.adapter.in.web.page;

import org.springframework.stereotype.Component;
import vn.thidua.pages.UnitNames;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.Optional;

/** The header names the signed-in person's unit from reporting's copy of the tree. */
@Component
public class PageUnitNames implements UnitNames {

    private final ProjectionStore projection;

    public PageUnitNames(ProjectionStore projection) {
        this.projection = projection;
    }

    @Override
    public Optional<String> name(String unitId) {
        return projection.unit(unitId).map(Unit::displayName);
    }
}
