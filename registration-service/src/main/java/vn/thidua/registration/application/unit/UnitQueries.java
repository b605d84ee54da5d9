package vn.thidua.registration.application.unit;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.registration.domain.VietnameseText;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the organisation tree (cây đơn vị): one unit, its ancestors, the units directly below it that are open
 * on a day, the roots, a diacritic-insensitive search by name, subtrees. Lists are sorted by name in Vietnamese
 * alphabetical order; "today" is the Vietnamese calendar day of the injected clock.
 */
@Service
public class UnitQueries {

    public static final int MAX_SEARCH = 200;

    private final UnitStore units;
    private final Clock clock;

    public UnitQueries(UnitStore units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    public UnitView unit(String unitId) {
        return find(unitId).orElseThrow(() -> NotFound.referenceData("đơn vị", "unit", unitId));
    }

    public Optional<UnitView> find(String unitId) {
        return unitId == null ? Optional.empty() : units.find(unitId);
    }

    /** The unit's ancestors from the root down to its parent (those the view knows). */
    public List<UnitView> ancestors(UnitView unit) {
        if (unit.ancestorIds() == null || unit.ancestorIds().isEmpty()) return List.of();
        Map<String, UnitView> found = units.findAll(unit.ancestorIds()).stream()
                .collect(Collectors.toMap(UnitView::unitId, Function.identity(), (a, b) -> a));
        return unit.ancestorIds().stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Units directly below {@code parentId} that are open on {@code on} (every one, closed too, when on is null). */
    public List<UnitView> children(String parentId, LocalDate on) {
        return openSorted(units.children(parentId), on);
    }

    /** Units without a parent (provinces and cities, or the top of another tree), open on {@code on}. */
    public List<UnitView> roots(LocalDate on) {
        return openSorted(units.children(null), on);
    }

    /**
     * Units whose name contains the query, ignoring case and diacritics ("vinh linh" finds "Vĩnh Linh"), open on
     * {@code on} (any, when null), at most {@code limit}. Units whose name starts with the query come first.
     */
    public List<UnitView> search(String query, LocalDate on, int limit) {
        String folded = VietnameseText.fold(query);
        if (folded.isEmpty()) return List.of();
        int max = Math.max(1, Math.min(limit, MAX_SEARCH));
        Comparator<UnitView> startsFirst = Comparator.comparing(u -> u.nameFolded() == null || !u.nameFolded().startsWith(folded));
        return units.withFoldedNameContaining(folded, max * 10).stream().filter(u -> on == null || u.openOn(on))
                .sorted(startsFirst.thenComparing(byName()))
                .limit(max).toList();
    }

    /** How many units are below this one, at any depth (closed ones included). */
    public long subtreeSize(String unitId) {
        return units.countBelow(unitId);
    }

    /** The unit and every unit below it, at any depth (closed ones too). */
    public Set<String> subtree(String unitId) {
        Set<String> ids = new LinkedHashSet<>();
        if (unitId == null) return ids;
        ids.add(unitId);
        ids.addAll(units.idsBelow(unitId));
        return ids;
    }

    /** The unit and every unit below it, the units themselves (an unknown unit has none). */
    public List<UnitView> withSubtree(String unitId) {
        Optional<UnitView> unit = find(unitId);
        if (unit.isEmpty()) return List.of();
        List<UnitView> all = new ArrayList<>(List.of(unit.get()));
        all.addAll(units.below(unitId));
        return all;
    }

    /** The whole tree as the view has it, by code. */
    public Map<String, UnitView> snapshot() {
        return units.all().stream().collect(Collectors.toMap(UnitView::unitId, Function.identity(), (a, b) -> a));
    }

    private static List<UnitView> openSorted(List<UnitView> units, LocalDate on) {
        return units.stream().filter(u -> on == null || u.openOn(on)).sorted(byName()).toList();
    }

    private static Comparator<UnitView> byName() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return Comparator.comparing((UnitView u) -> u.name() == null ? "" : u.name(), collator)
                .thenComparing(UnitView::unitId);
    }
}
