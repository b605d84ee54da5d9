package vn.thidua.registration.application.unit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code units} view in a map, for projectors and queries tested as plain classes. */
public class InMemoryUnitStore implements UnitStore {

    private final Map<String, UnitView> units = new TreeMap<>();

    public static InMemoryUnitStore of(Collection<UnitView> units) {
        InMemoryUnitStore store = new InMemoryUnitStore();
        store.saveAll(units);
        return store;
    }

    @Override
    public Optional<UnitView> find(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public List<UnitView> findAll(Collection<String> unitIds) {
        return unitIds.stream().map(units::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<UnitView> children(String parentId) {
        return units.values().stream().filter(u -> Objects.equals(u.parentId(), parentId)).toList();
    }

    @Override
    public List<UnitView> below(String unitId) {
        return units.values().stream().filter(u -> u.ancestorIds() != null && u.ancestorIds().contains(unitId)).toList();
    }

    @Override
    public List<String> idsBelow(String unitId) {
        return below(unitId).stream().map(UnitView::unitId).toList();
    }

    @Override
    public long countBelow(String unitId) {
        return below(unitId).size();
    }

    @Override
    public List<UnitView> withFoldedNameContaining(String folded, int limit) {
        return units.values().stream().filter(u -> u.nameFolded() != null && u.nameFolded().contains(folded))
                .limit(limit).toList();
    }

    @Override
    public List<UnitView> all() {
        return List.copyOf(units.values());
    }

    @Override
    public void save(UnitView unit) {
        units.put(unit.unitId(), unit);
    }

    @Override
    public void saveAll(Collection<UnitView> all) {
        all.forEach(this::save);
    }

    @Override
    public void deleteAll() {
        units.clear();
    }
}
