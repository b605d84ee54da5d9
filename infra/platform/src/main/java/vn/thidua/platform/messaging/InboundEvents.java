package vn.thidua.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Decodes a CloudEvents binary-mode Kafka record (as Spring Cloud Stream hands it over) into an {@link InboundEvent}. */
public final class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private InboundEvents() {
    }

    /**
     * @return the event, or empty for a type this consumer does not know (a newer producer may add types:
     *         consumers skip them rather than fail)
     * @throws IllegalArgumentException for a record that claims a known type but is malformed
     */
    public static Optional<InboundEvent> decode(Message<byte[]> message, ObjectMapper mapper) {
        MessageHeaders headers = message.getHeaders();
        String ceType = header(headers, CloudEventsAttributes.TYPE);
        String id = header(headers, CloudEventsAttributes.ID);
        if (ceType == null || id == null) {
            log.warn("Skipping a record without ce_type/ce_id on {}", header(headers, KafkaHeaders.RECEIVED_TOPIC));
            return Optional.empty();
        }
        Optional<EventType> type = EventCatalog.byCeType(ceType);
        if (type.isEmpty()) {
            log.info("Skipping event {} of unknown type {}", id, ceType);
            return Optional.empty();
        }
        try {
            var payload = mapper.readValue(message.getPayload(), type.get().javaType());
            String time = header(headers, CloudEventsAttributes.TIME);
            Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
            Object offset = headers.get(KafkaHeaders.OFFSET);
            return Optional.of(new InboundEvent(id, type.get(), payload, header(headers, CloudEventsAttributes.SUBJECT),
                    time == null ? null : Instant.parse(time), header(headers, CloudEventsAttributes.CORRELATION_ID),
                    header(headers, KafkaHeaders.RECEIVED_TOPIC),
                    partition instanceof Number n ? n.intValue() : -1,
                    offset instanceof Number n ? n.longValue() : -1L));
        } catch (IOException e) {
            throw new IllegalArgumentException("Malformed " + ceType + " event " + id + ": " + e.getMessage(), e);
        }
    }

    /** Kafka header values reach Spring as byte[] (raw) or String (mapped); accept both. */
    public static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) return new String(bytes, StandardCharsets.UTF_8);
        return value == null ? null : value.toString();
    }
}
