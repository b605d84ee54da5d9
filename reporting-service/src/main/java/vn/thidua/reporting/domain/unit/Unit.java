package vn.thidua.reporting.domain.unit;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A unit of the organisation tree as reporting knows it, folded from {@link UnitChange}s in any order, any number
 * of times; kinds, levels and groups are data, never code. Each group of facts (opening, names, classification,
 * closure) is the newest its events say, by event time then content; {@code openedAt} is {@code null} while only
 * other events are known. Every move is kept ({@code moves}, by effective day then event time), so the parent is
 * known on any day.
 */
public record Unit(String unitId, String kind, String level, List<String> groups, LocalDate openedOn,
                   String parentId, Instant openedAt, String name, String fullName, Instant namedAt,
                   List<ParentLink> moves, LocalDate closedOn, String successorId, Instant closedAt,
                   Instant classifiedAt) {

    public Unit {
        Objects.requireNonNull(unitId, "unitId");
        groups = groups == null ? List.of() : List.copyOf(groups);
        moves = moves == null ? List.of() : moves.stream().sorted(ParentLink.ORDER).distinct().toList();
    }

    public static Unit unknown(String unitId) {
        return new Unit(unitId, null, null, List.of(), null, null, null, null, null, null, List.of(), null, null, null,
                null);
    }

    public static Unit from(UnitChange change) {
        return unknown(change.unitId()).apply(change);
    }

    public Unit apply(UnitChange change) {
        if (!unitId.equals(change.unitId())) {
            throw new IllegalArgumentException("Change of unit " + change.unitId() + " applied to " + unitId);
        }
        if (change instanceof UnitChange.Opened o) {
            Unit next = this;
            if (newer(o.at(), openedAt, openingKey(o.kind(), o.level(), o.groups(), o.openedOn(), o.parentId()),
                    openingKey(kind, level, groups, openedOn, parentId))) {
                // a reclassification newer than this opening keeps its kind, level and groups
                boolean classifies = newer(o.at(), classifiedAt, classKey(o.kind(), o.level(), o.groups()),
                        classKey(kind, level, groups));
                next = new Unit(unitId, classifies ? o.kind() : kind, classifies ? o.level() : level,
                        classifies ? o.groups() : groups, o.openedOn(), o.parentId(), o.at(), name, fullName, namedAt,
                        moves, closedOn, successorId, closedAt, classifies ? o.at() : classifiedAt);
            }
            return next.named(o.name(), o.fullName(), o.at());
        }
        if (change instanceof UnitChange.Renamed r) {
            return named(r.name(), r.fullName(), r.at());
        }
        if (change instanceof UnitChange.Reclassified r) {
            if (!newer(r.at(), classifiedAt, classKey(r.kind(), r.level(), r.groups()), classKey(kind, level, groups))) {
                return this;
            }
            return new Unit(unitId, r.kind(), r.level(), r.groups(), openedOn, parentId, openedAt, name, fullName,
                    namedAt, moves, closedOn, successorId, closedAt, r.at());
        }
        if (change instanceof UnitChange.Moved m) {
            List<ParentLink> nextMoves = new ArrayList<>(moves);
            nextMoves.add(new ParentLink(m.toParentId(), m.effectiveOn(), m.at()));
            return new Unit(unitId, kind, level, groups, openedOn, parentId, openedAt, name, fullName, namedAt,
                    nextMoves, closedOn, successorId, closedAt, classifiedAt);
        }
        UnitChange.Closed c = (UnitChange.Closed) change;
        if (!newer(c.at(), closedAt, c.closedOn() + "|" + text(c.successorId()), closedOn + "|" + text(successorId))) {
            return this;
        }
        return new Unit(unitId, kind, level, groups, openedOn, parentId, openedAt, name, fullName, namedAt, moves,
                c.closedOn(), c.successorId(), c.at(), classifiedAt);
    }

    /** Whether its opening has arrived (until then kind, level and opening date are unknown). */
    public boolean opened() {
        return openedAt != null;
    }

    /**
     * Whether it existed on some day of {@code from..to} (both included): opened on or before {@code to} and not
     * closed on or before {@code from}. A unit whose opening has not arrived did not, as far as reporting knows.
     */
    public boolean openDuring(LocalDate from, LocalDate to) {
        return firstOpenDay(from, to).isPresent();
    }

    /** The first day of {@code from..to} it existed, if any. */
    public Optional<LocalDate> firstOpenDay(LocalDate from, LocalDate to) {
        if (!opened() || openedOn.isAfter(to)) return Optional.empty();
        LocalDate first = openedOn.isAfter(from) ? openedOn : from;
        return closedOn != null && !closedOn.isAfter(first) ? Optional.empty() : Optional.of(first);
    }

    /** The last day of {@code from..to} it existed, if any. */
    public Optional<LocalDate> lastOpenDay(LocalDate from, LocalDate to) {
        if (firstOpenDay(from, to).isEmpty()) return Optional.empty();
        return Optional.of(closedOn != null && !closedOn.isAfter(to) ? closedOn.minusDays(1) : to);
    }

    /** Its parent on {@code day}: the newest link (opening or move) effective then; {@code null} for a root. */
    public String parentOn(LocalDate day) {
        // never moved: its opening's parent, whatever the day (the rollup asks this of every unit)
        if (moves.isEmpty()) return opened() ? parentId : null;
        TreeSet<ParentLink> links = new TreeSet<>(ParentLink.ORDER);
        links.addAll(moves);
        if (opened()) links.add(new ParentLink(parentId, openedOn, openedAt));
        if (links.isEmpty()) return null;
        ParentLink effective = links.floor(new ParentLink(null, day, Instant.MAX));
        return (effective != null ? effective : links.first()).parentId();
    }

    /** Its parent today as far as the events say: the newest link. */
    public String currentParent() {
        return parentOn(LocalDate.MAX);
    }

    /**
     * The kind rule of coverage targets: a target's unit kind names the unit's kind, its level or one of its groups,
     * compared in Unicode NFC ignoring case and surrounding spaces. So "commune" covers every commune-level unit
     * (xã, phường, thị trấn: kind in Vietnamese, level {@code commune}), "xã" only the units of kind xã.
     */
    public boolean isOfKind(String unitKind) {
        return isOfKind(unitKind, null);
    }

    /**
     * As {@link #isOfKind(String)}, but a unit whose parent is at its own level is an organisation of that parent
     * (the party committee or Women's Union of a commune sits at commune level) and matches by kind or group only:
     * "commune" then counts the communes, not every organisation inside them.
     */
    public boolean isOfKind(String unitKind, String parentLevel) {
        String wanted = normal(unitKind);
        if (wanted.isEmpty() || !opened()) return false;
        boolean insideSameLevel = parentLevel != null && normal(parentLevel).equals(normal(level));
        return wanted.equals(normal(kind)) || (!insideSameLevel && wanted.equals(normal(level)))
                || groups.stream().anyMatch(g -> wanted.equals(normal(g)));
    }

    /** The name to show: the full name when known. */
    public String displayName() {
        return fullName != null && !fullName.isBlank() ? fullName : name != null ? name : unitId;
    }

    private Unit named(String nextName, String nextFullName, Instant at) {
        if (!newer(at, namedAt, text(nextName) + "|" + text(nextFullName), text(name) + "|" + text(fullName))) {
            return this;
        }
        return new Unit(unitId, kind, level, groups, openedOn, parentId, openedAt, nextName, nextFullName, at, moves,
                closedOn, successorId, closedAt, classifiedAt);
    }

    private static String openingKey(String kind, String level, List<String> groups, LocalDate openedOn,
                                     String parentId) {
        return text(kind) + "|" + text(level) + "|" + groups + "|" + openedOn + "|" + text(parentId);
    }

    private static String classKey(String kind, String level, List<String> groups) {
        return text(kind) + "|" + text(level) + "|" + groups;
    }

    private static boolean newer(Instant at, Instant current, String key, String currentKey) {
        if (current == null) return true;
        int byTime = at.compareTo(current);
        return byTime > 0 || byTime == 0 && key.compareTo(currentKey) > 0;
    }

    static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Orders units by id (stable listings). */
    public static final Comparator<Unit> BY_ID = Comparator.comparing(Unit::unitId);
}
