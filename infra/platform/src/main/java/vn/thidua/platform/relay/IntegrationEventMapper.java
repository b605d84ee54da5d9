package vn.thidua.platform.relay;

import vn.thidua.contracts.IntegrationEvent;

import java.util.List;
import java.util.Optional;

/**
 * Maps a service's internal (domain) events to the published contract. Internal events that are not part
 * of the published language map to empty and are not relayed.
 */
@FunctionalInterface
public interface IntegrationEventMapper {

    Optional<IntegrationEvent> map(Object domainEvent, RelayedEventContext context);

    /** Several mappers (one per part of a service) as one: the first that maps an event wins. */
    static IntegrationEventMapper firstOf(List<IntegrationEventMapper> mappers) {
        List<IntegrationEventMapper> all = List.copyOf(mappers);
        return (event, context) -> all.stream().map(m -> m.map(event, context)).flatMap(Optional::stream).findFirst();
    }
}
