package vn.thidua.registration.application.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * The registration service's view of one unit of the organisation tree (cây đơn vị). {@code ancestorIds}
 * runs from the root down to the parent, so a subtree is one indexed query; {@code nameFolded} is the
 * name without diacritics or case, for search.
 */
public record UnitView(String unitId, String parentId, List<String> ancestorIds, String kind, String level,
                       String name, String fullName, String nameFolded, List<String> groups,
                       LocalDate openedOn, LocalDate closedOn, String successorId) {

    /** Open on the given day: opened on or before it, not closed on or before it. */
    public boolean openOn(LocalDate day) {
        return (openedOn == null || !openedOn.isAfter(day)) && (closedOn == null || closedOn.isAfter(day));
    }

    public UnitView renamed(String newName, String newFullName, String newNameFolded) {
        return new UnitView(unitId, parentId, ancestorIds, kind, level, newName, newFullName, newNameFolded, groups,
                openedOn, closedOn, successorId);
    }

    public UnitView reclassified(String newKind, String newLevel, List<String> newGroups) {
        return new UnitView(unitId, parentId, ancestorIds, newKind, newLevel, name, fullName, nameFolded, newGroups,
                openedOn, closedOn, successorId);
    }

    public UnitView closed(LocalDate on, String successor) {
        return new UnitView(unitId, parentId, ancestorIds, kind, level, name, fullName, nameFolded, groups,
                openedOn, on, successor);
    }

    public UnitView placed(String newParentId, List<String> newAncestorIds) {
        return new UnitView(unitId, newParentId, newAncestorIds, kind, level, name, fullName, nameFolded, groups,
                openedOn, closedOn, successorId);
    }
}
