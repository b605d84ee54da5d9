package vn.thidua.registration.adapter.in.web.page;

import org.springframework.stereotype.Component;
import vn.thidua.pages.UnitNames;
import vn.thidua.registration.application.unit.UnitQueries;

import java.util.Optional;

/**
 * Units by name on the pages: the header's unit of the signed-in person, and in templates
 * {@code @pageUnitNames.labelled(code)}, "Vĩnh Thủy (W19390)" (the code alone for a unit the tree does not know).
 */
@Component
public class PageUnitNames implements UnitNames {

    private final UnitQueries tree;

    public PageUnitNames(UnitQueries tree) {
        this.tree = tree;
    }

    @Override
    public Optional<String> name(String unitId) {
        return unitId == null ? Optional.empty() : tree.find(unitId)
                .map(unit -> unit.fullName() != null && !unit.fullName().isBlank() ? unit.fullName() : unit.name());
    }

    public String labelled(String unitId) {
        if (unitId == null || unitId.isBlank()) return "—";
        return name(unitId).map(name -> name + " (" + unitId + ")").orElse(unitId);
    }
}
