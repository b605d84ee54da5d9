package vn.thidua.review.adapter.out.mongo;

import org.springframework.stereotype.Component;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.platform.tree.UnitNode;
import vn.thidua.review.application.routing.OrganisationTree;

import java.util.List;
import java.util.Optional;

/** Routing's tree: this service's copy of the organisation tree ({@link TreeCopy}). */
@Component
public class TreeCopyOrganisationTree implements OrganisationTree {

    private final TreeCopy tree;

    public TreeCopyOrganisationTree(TreeCopy tree) {
        this.tree = tree;
    }

    @Override
    public Optional<UnitNode> find(String unitId) {
        return tree.find(unitId);
    }

    @Override
    public List<UnitNode> children(String parentId) {
        return tree.children(parentId);
    }
}
