package vn.thidua.platform.relay;

import vn.thidua.contracts.Actor;
import vn.thidua.platform.actor.Caller;

import java.time.Instant;

/** What the mapper may need besides the domain event: who caused it, when, and for which aggregate. */
public record RelayedEventContext(String eventId, String aggregateId, Instant occurredAt, Caller caller) {

    public Actor actor() {
        if (caller == null) return new Actor("unknown", Actor.NO_UNIT);
        String unit = caller.unitId() == null || caller.unitId().isBlank() ? Actor.NO_UNIT : caller.unitId();
        return new Actor(caller.userId(), unit);
    }
}
