package vn.thidua.platform.tree;

import java.util.Optional;

/** Looks units up in a service's copy of the organisation tree. */
public interface UnitTree {

    /** The unit, or empty when the copy has not heard of it (yet). */
    Optional<UnitNode> find(String unitId);
}
