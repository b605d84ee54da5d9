package vn.thidua.review.application.routing;

import vn.thidua.platform.tree.UnitNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An organisation tree in memory, for routing tests. */
public class InMemoryOrganisationTree implements OrganisationTree {

    private final Map<String, UnitNode> units = new LinkedHashMap<>();

    public InMemoryOrganisationTree unit(String unitId, String parentId, String kind, String name) {
        units.put(unitId, new UnitNode(unitId, parentId, kind, name, false));
        return this;
    }

    @Override
    public Optional<UnitNode> find(String unitId) {
        return Optional.ofNullable(unitId == null ? null : units.get(unitId));
    }

    @Override
    public List<UnitNode> children(String parentId) {
        return units.values().stream().filter(u -> parentId != null && parentId.equals(u.parentId())).toList();
    }

    @Override
    public List<UnitNode> ofKinds(java.util.Collection<String> kinds) {
        return units.values().stream().filter(u -> !u.closed() && kinds.contains(u.kind())).toList();
    }
}
