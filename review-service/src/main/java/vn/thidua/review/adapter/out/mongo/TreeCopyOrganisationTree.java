package vn.thidua.review.adapter.out.mongo;

import org.springframework.stereotype.Component;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.platform.tree.UnitNode;
import vn.thidua.review.application.routing.OrganisationTree;

import com.mongodb.client.model.Filters;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Routing's tree: this service's copy of the organisation tree ({@link TreeCopy}). */
@Component
public class TreeCopyOrganisationTree implements OrganisationTree {

    private final TreeCopy tree;
    private final MongoTemplate mongo;

    public TreeCopyOrganisationTree(TreeCopy tree, MongoTemplate mongo) {
        this.tree = tree;
        this.mongo = mongo;
    }

    @Override
    public List<UnitNode> ofKinds(Collection<String> kinds) {
        List<UnitNode> units = new ArrayList<>();
        mongo.getCollection(TreeCopy.COLLECTION).find(Filters.and(Filters.in("kind", kinds), Filters.ne("closed", true)))
                .forEach(d -> units.add(new UnitNode(d.getString("_id"), d.getString("parentId"), d.getString("kind"),
                        d.getString("name"), false)));
        return units;
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
