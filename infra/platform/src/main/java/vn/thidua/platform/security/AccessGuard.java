package vn.thidua.platform.security;

import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The application layer's check that the caller may act on a unit: one of the given roles, and the unit within
 * the subtree of the caller's unit. Services acting on their own behalf ({@link Caller#system}) pass. Checked
 * before anything else is looked at, so a refusal says nothing about the thing refused.
 */
public class AccessGuard {

    public static final String SYSTEM_ROLE = "SYSTEM";

    private final Jurisdiction jurisdiction;

    public AccessGuard(Jurisdiction jurisdiction) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /** Refuses (403) unless the current caller holds one of {@code roles} over {@code unitId}. */
    public void require(String unitId, Role... roles) {
        Caller caller = CurrentCaller.get().orElseThrow(() -> new OutsideJurisdiction("no-caller"));
        if (isSystem(caller)) return;
        if (!hasAny(caller, roles)) throw new OutsideJurisdiction("role");
        if (unitId == null || caller.unitId() == null || !jurisdiction.covers(caller.unitId(), unitId)) {
            throw new OutsideJurisdiction("unit");
        }
    }

    /** Refuses (403) unless the current caller holds one of {@code roles}, wherever. */
    public void requireRole(Role... roles) {
        Caller caller = CurrentCaller.get().orElseThrow(() -> new OutsideJurisdiction("no-caller"));
        if (!isSystem(caller) && !hasAny(caller, roles)) throw new OutsideJurisdiction("role");
    }

    /** Whether the current caller holds one of {@code roles} over {@code unitId}. */
    public boolean allows(String unitId, Role... roles) {
        Caller caller = CurrentCaller.get().orElse(null);
        if (caller == null) return false;
        if (isSystem(caller)) return true;
        return hasAny(caller, roles) && unitId != null && caller.unitId() != null
                && jurisdiction.covers(caller.unitId(), unitId);
    }

    /**
     * A filter for one list: keeps what the current caller may see with one of {@code roles}. Many items share a
     * unit, so each unit's answer is asked of the tree once for the life of the filter.
     */
    public Predicate<String> visibleUnits(Role... roles) {
        Map<String, Boolean> answers = new ConcurrentHashMap<>();
        return unitId -> unitId != null && answers.computeIfAbsent(unitId, unit -> allows(unit, roles));
    }

    /** Whether {@code unitId} lies in the subtree of {@code ancestorUnitId}. */
    public boolean covers(String ancestorUnitId, String unitId) {
        return jurisdiction.covers(ancestorUnitId, unitId);
    }

    private static boolean isSystem(Caller caller) {
        return caller.roles().contains(SYSTEM_ROLE) && caller.userId().startsWith("system:");
    }

    private static boolean hasAny(Caller caller, Role... roles) {
        return Arrays.stream(roles).anyMatch(role -> caller.roles().contains(role.name()));
    }
}
