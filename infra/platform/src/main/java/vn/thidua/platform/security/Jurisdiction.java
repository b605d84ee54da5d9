package vn.thidua.platform.security;

/**
 * The organisation tree as far as access is concerned. The registration service answers from the tree it owns;
 * every other service from its own copy, kept from the unit events on Kafka.
 */
public interface Jurisdiction {

    /** Whether {@code unitId} is {@code ancestorUnitId} itself or lies anywhere below it. */
    boolean covers(String ancestorUnitId, String unitId);
}
