package vn.thidua.platform.actor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who issued a request: the user, the unit they act for, their roles, and the correlation id that ties
 * every command and event of one request together. Travels in Axon metadata and onto every event, so the
 * event stream is the audit trail.
 */
public record Caller(String userId, String unitId, List<String> roles, String correlationId) {

    public static final String USER_ID = "userId";
    public static final String UNIT_ID = "unitId";
    public static final String ROLES = "roles";
    public static final String CORRELATION_ID = "correlationId";
    /** The metadata keys Axon copies from a command onto the events it causes. */
    public static final List<String> METADATA_KEYS = List.of(USER_ID, UNIT_ID, ROLES, CORRELATION_ID);

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A service acting on its own behalf, e.g. when an inbound event causes a command. */
    public static Caller system(String serviceName, String correlationId) {
        return new Caller("system:" + serviceName, null, List.of("SYSTEM"), correlationId);
    }

    public Map<String, Object> toMetaData() {
        var map = new java.util.HashMap<String, Object>();
        map.put(USER_ID, userId);
        if (unitId != null) map.put(UNIT_ID, unitId);
        map.put(ROLES, String.join(",", roles));
        if (correlationId != null) map.put(CORRELATION_ID, correlationId);
        return map;
    }

    public static Caller fromMetaData(Map<String, ?> metaData) {
        Object user = metaData.get(USER_ID);
        if (user == null) return null;
        Object unit = metaData.get(UNIT_ID);
        Object roles = metaData.get(ROLES);
        Object correlation = metaData.get(CORRELATION_ID);
        return new Caller(user.toString(), unit == null ? null : unit.toString(),
                roles == null || roles.toString().isBlank() ? List.of() : List.of(roles.toString().split(",")),
                correlation == null ? null : correlation.toString());
    }
}
