package vn.thidua.award.adapter.in.web.page;

import org.springframework.stereotype.Component;
import vn.thidua.pages.UnitNames;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.platform.tree.UnitNode;

import java.util.Optional;

/** The header names the signed-in person's unit from award's copy of the tree. */
@Component
public class PageUnitNames implements UnitNames {

    private final TreeCopy tree;

    public PageUnitNames(TreeCopy tree) {
        this.tree = tree;
    }

    @Override
    public Optional<String> name(String unitId) {
        return tree.find(unitId).map(UnitNode::name);
    }
}
