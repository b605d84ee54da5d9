package vn.thidua.contracts;

/** Who caused the event: the user and the unit (đơn vị) they acted for. */
public record Actor(String userId, String unitId) {}
