package vn.thidua.platform.tree;

import java.util.List;
import java.util.Optional;

/**
 * The port jurisdiction asks: a unit's ancestors in the organisation tree (cây đơn vị), root first. The owning
 * service answers from its own tree, every other service from its copy.
 */
public interface UnitAncestry {

    /** The unit's ancestors, root → parent (empty for a root); empty when the unit is not known. */
    Optional<List<String>> ancestorsOf(String unitId);
}
