package vn.thidua.platform.relay;

import vn.thidua.contracts.Actor;
import vn.thidua.platform.actor.Caller;

import java.time.Instant;

/** What the mapper may need besides the domain event: who caused it, when, and for which aggregate. */
public record RelayedEventContext(String eventId, String aggregateId, Instant occurredAt, Caller caller) {

    public Actor actor() {
        return caller == null ? new Actor("unknown", null) : new Actor(caller.userId(), caller.unitId());
    }
}
