package vn.thidua.platform.relay;

import vn.thidua.contracts.IntegrationEvent;

import java.util.Optional;

/**
 * Maps a service's internal (domain) events to the published contract. Internal events that are not part
 * of the published language map to empty and are not relayed.
 */
@FunctionalInterface
public interface IntegrationEventMapper {

    Optional<IntegrationEvent> map(Object domainEvent, RelayedEventContext context);
}
