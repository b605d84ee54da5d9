package vn.thidua.review.adapter.in.web.page;

import org.springframework.stereotype.Component;
import vn.thidua.pages.UnitNames;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.platform.tree.UnitNode;

import java.util.Optional;

/** The pages name units (the header's, a case's unit and authority) from this service's copy of the tree. */
@Component("unitNames")
public class PageUnitNames implements UnitNames {

    private final TreeCopy tree;

    public PageUnitNames(TreeCopy tree) {
        this.tree = tree;
    }

    @Override
    public Optional<String> name(String unitId) {
        return unitId == null ? Optional.empty() : tree.find(unitId).map(UnitNode::name);
    }

    /** The unit's name, or its code when the copy has not heard of it (for templates: {@code @unitNames.of(id)}). */
    public String of(String unitId) {
        return unitId == null ? "—" : name(unitId).orElse(unitId);
    }
}
