package vn.thidua.platform.messaging;

import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;

import java.time.Instant;

/** An integration event read from Kafka, with its CloudEvents attributes and where it was read. */
public record InboundEvent(String id, EventType type, IntegrationEvent payload, String subject, Instant time,
                           String correlationId, String topic, int partition, long offset) {
}
