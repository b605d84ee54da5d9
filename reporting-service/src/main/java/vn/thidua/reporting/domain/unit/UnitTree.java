package vn.thidua.reporting.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation tree on any day (units open and close, and move with their subtree), answering "which units were
 * below X during this period". Parents may arrive after their children; a parent never heard of ends a chain.
 */
public final class UnitTree {

    private final Map<String, Unit> units;
    /** Every day a parent link starts (openings and moves): the only days on which a chain of parents can change. */
    private final NavigableSet<LocalDate> linkDays = new TreeSet<>();

    public UnitTree(Collection<Unit> units) {
        this.units = units.stream().collect(Collectors.toUnmodifiableMap(Unit::unitId, Function.identity(),
                (a, b) -> a));
        for (Unit unit : units) {
            if (unit.opened()) linkDays.add(unit.openedOn());
            unit.moves().forEach(link -> linkDays.add(link.since()));
        }
    }

    public Optional<Unit> find(String unitId) {
        return unitId == null ? Optional.empty() : Optional.ofNullable(units.get(unitId));
    }

    /** Every unit heard of. */
    public Collection<Unit> all() {
        return units.values();
    }

    public int size() {
        return units.size();
    }

    /**
     * The unit's ancestors on {@code day}, its parent first, up to a root or to a parent not known here. A cycle
     * (only possible with inconsistent events) ends the chain where it would repeat.
     */
    public List<String> ancestorsOn(String unitId, LocalDate day) {
        Set<String> chain = new LinkedHashSet<>();
        Unit current = units.get(unitId);
        while (current != null) {
            String parent = current.parentOn(day);
            if (parent == null || parent.equals(unitId) || !chain.add(parent)) break;
            current = units.get(parent);
        }
        return List.copyOf(chain);
    }

    /**
     * The unit that stood for this one on {@code day}: itself, or, once it closed on or before that day with a
     * successor (a merger, sáp nhập), its successor, followed through chains. Its models count there.
     */
    public String standingOn(String unitId, LocalDate day) {
        if (!handsOver(units.get(unitId), day)) return unitId;
        Set<String> seen = new java.util.HashSet<>(List.of(unitId));
        String current = units.get(unitId).successorId();
        while (seen.add(current) && handsOver(units.get(current), day)) {
            current = units.get(current).successorId();
        }
        return current;
    }

    private static boolean handsOver(Unit unit, LocalDate day) {
        return unit != null && unit.closedOn() != null && !unit.closedOn().isAfter(day) && unit.successorId() != null;
    }

    /**
     * The units strictly below {@code rootId} on some day of {@code from..to} (both included) on which they existed:
     * opened on or before {@code to}, not closed on or before {@code from}, and {@code rootId} among their ancestors
     * on that day. A unit that moved away from (or under) the root during the period counts; sorted by id.
     */
    public List<Unit> under(String rootId, LocalDate from, LocalDate to) {
        List<Unit> below = new ArrayList<>();
        for (Unit unit : units.values()) {
            if (unit.unitId().equals(rootId)) continue;
            Optional<LocalDate> first = unit.firstOpenDay(from, to);
            if (first.isEmpty()) continue;
            LocalDate last = unit.lastOpenDay(from, to).orElseThrow();
            Set<LocalDate> days = new LinkedHashSet<>();
            days.add(first.get());
            days.addAll(linkDays.subSet(first.get(), false, last, true));
            for (LocalDate day : days) {
                if (ancestorsOn(unit.unitId(), day).contains(rootId)) {
                    below.add(unit);
                    break;
                }
            }
        }
        below.sort(Unit.BY_ID);
        return below;
    }
}
