package vn.thidua.contracts;

/** Who caused the event: the user and the unit (đơn vị) they acted for. */
public record Actor(String userId, String unitId) {

    /** The unit of an actor that acted for no unit: a service on its own, or a caller not identified by a unit. */
    public static final String NO_UNIT = "none";
}
