package vn.thidua.review.application.routing;

import vn.thidua.platform.tree.UnitLookup;
import vn.thidua.platform.tree.UnitNode;

import java.util.Collection;
import java.util.List;

/** The organisation tree as routing reads it (port): units by id, the units directly under one, units of some kinds. */
public interface OrganisationTree extends UnitLookup {

    List<UnitNode> children(String parentId);

    /** The open units whose kind is one of {@code kinds}. */
    List<UnitNode> ofKinds(Collection<String> kinds);
}
