package vn.thidua.review.application.routing;

import vn.thidua.platform.tree.UnitLookup;
import vn.thidua.platform.tree.UnitNode;

import java.util.List;

/** The organisation tree as routing reads it (port): units by id, and the units directly under one. */
public interface OrganisationTree extends UnitLookup {

    List<UnitNode> children(String parentId);
}
