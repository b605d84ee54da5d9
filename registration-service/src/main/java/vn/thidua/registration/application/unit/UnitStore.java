package vn.thidua.registration.application.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The port to the {@code units} view: what the projector writes and the queries read. */
public interface UnitStore {

    Optional<UnitView> find(String unitId);

    /** The units of those ids that the view has, in no particular order. */
    List<UnitView> findAll(Collection<String> unitIds);

    /** Units directly below {@code parentId}; the roots when it is null. */
    List<UnitView> children(String parentId);

    /** Every unit below {@code unitId}, at any depth (its {@code ancestorIds} hold it). */
    List<UnitView> below(String unitId);

    /** The ids of {@link #below}, without reading the units. */
    List<String> idsBelow(String unitId);

    long countBelow(String unitId);

    /** Units whose {@code nameFolded} contains {@code folded}, at most {@code limit}. */
    List<UnitView> withFoldedNameContaining(String folded, int limit);

    List<UnitView> all();

    /** Inserts or replaces the unit's document. */
    void save(UnitView unit);

    void saveAll(Collection<UnitView> units);

    void deleteAll();
}
