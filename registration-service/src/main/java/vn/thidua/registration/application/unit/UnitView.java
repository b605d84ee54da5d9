package vn.thidua.registration.application.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * The registration service's view of one unit of the organisation tree (cây đơn vị). {@code ancestorIds}
 * runs from the root down to the parent, so a subtree is one indexed query; {@code nameFolded} is the
 * name without diacritics or case, for search.
 */
@Document("units")
public record UnitView(@Id String unitId, String parentId, List<String> ancestorIds, String kind, String level,
                       String name, String fullName, String nameFolded, List<String> groups,
                       LocalDate openedOn, LocalDate closedOn, String successorId) {

    /** Open on the given day: opened on or before it, not closed on or before it. */
    public boolean openOn(LocalDate day) {
        return (openedOn == null || !openedOn.isAfter(day)) && (closedOn == null || closedOn.isAfter(day));
    }
}
