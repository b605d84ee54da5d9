package vn.thidua.platform.messaging;

import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.Map;

/**
 * An integration event read from Kafka, with its CloudEvents attributes and where it was read.
 * {@code unknownValues} holds the enum values this reader does not know (JSON pointer → raw value); the
 * payload carries {@code null} in their place.
 */
public record InboundEvent(String id, EventType type, IntegrationEvent payload, String subject, Instant time,
                           String correlationId, String topic, int partition, long offset,
                           Map<String, String> unknownValues) {

    public InboundEvent {
        unknownValues = unknownValues == null ? Map.of() : Map.copyOf(unknownValues);
    }
}
