package vn.thidua.platform.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every consumer's one way from a CloudEvents binary-mode Kafka record to an {@link InboundEvent}: a tolerant
 * reader (unknown types, fields and enum values are counted and kept, never a failure) that trusts a type only
 * from the topic and {@code ce_source} the catalogue names. See the platform section of the contracts README.
 */
public final class InboundEvents {

    /** Counter of records read despite something unknown; tags {@code type}, {@code reason}. */
    public static final String TOLERATED = "thidua.events.tolerated";
    /** Counter of records refused as untrusted; tags {@code type}, {@code topic}, {@code reason}. */
    public static final String REFUSED = "thidua.events.refused";

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);
    private static final Object UNKNOWNS = new Object();

    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final java.util.Map<String, String> topicAliases;

    public InboundEvents(ObjectMapper json, MeterRegistry meters) {
        this(json, meters, java.util.Map.of());
    }

    /**
     * With topics an operator binds in place of published ones ({@code thidua.messaging.topic-aliases}: a copy
     * or a replay topic → the published topic it stands for); a type is trusted there as on the published topic.
     */
    public InboundEvents(ObjectMapper json, MeterRegistry meters, java.util.Map<String, String> topicAliases) {
        this.json = json;
        this.meters = meters;
        this.topicAliases = java.util.Map.copyOf(topicAliases);
    }

    /** The same reading for callers without a registry bean at hand: counts go to Micrometer's global registry. */
    public static Optional<InboundEvent> decode(Message<byte[]> message, ObjectMapper mapper) {
        return new InboundEvents(mapper, Metrics.globalRegistry).read(message);
    }

    /**
     * @return the event, or empty for a record without {@code ce_type}/{@code ce_id} or of a type this consumer
     *         does not know (a newer producer may add types: consumers skip them rather than fail)
     * @throws UntrustedEvent when the type does not come from its catalogued topic and source
     * @throws IllegalArgumentException for a record that claims a known type but is malformed
     */
    public Optional<InboundEvent> read(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String ceType = header(headers, CloudEventsAttributes.TYPE);
        String id = header(headers, CloudEventsAttributes.ID);
        String topic = header(headers, KafkaHeaders.RECEIVED_TOPIC);
        if (ceType == null || id == null) {
            log.warn("Skipping a record without ce_type/ce_id on {}", topic);
            tolerated(String.valueOf(ceType), "no-type-or-id");
            return Optional.empty();
        }
        Optional<EventType> known = EventCatalog.byCeType(ceType);
        if (known.isEmpty()) {
            log.info("Skipping event {} of unknown type {}", id, ceType);
            tolerated(ceType, "unknown-type");
            return Optional.empty();
        }
        EventType type = known.get();
        trust(type, id, topic, header(headers, CloudEventsAttributes.SOURCE));
        Unknowns unknowns = new Unknowns();
        IntegrationEvent payload;
        try {
            payload = json.readerFor(type.javaType())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .withHandler(new Tolerance())
                    .withAttribute(UNKNOWNS, unknowns)
                    .readValue(message.getPayload());
        } catch (IOException e) {
            throw new IllegalArgumentException("Malformed " + ceType + " event " + id + ": " + e.getMessage(), e);
        }
        if (!unknowns.fields.isEmpty()) {
            log.info("Event {} ({}) has fields this reader does not know: {}", id, ceType, unknowns.fields);
            tolerated(ceType, "unknown-field");
        }
        if (!unknowns.values.isEmpty()) {
            log.warn("Event {} ({}) has enum values this reader does not know, kept as unknown: {}", id, ceType,
                    unknowns.values);
            tolerated(ceType, "unknown-value");
        }
        String time = header(headers, CloudEventsAttributes.TIME);
        Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
        Object offset = headers.get(KafkaHeaders.OFFSET);
        return Optional.of(new InboundEvent(id, type, payload, header(headers, CloudEventsAttributes.SUBJECT),
                time == null ? null : Instant.parse(time), header(headers, CloudEventsAttributes.CORRELATION_ID),
                topic, partition instanceof Number n ? n.intValue() : -1, offset instanceof Number n ? n.longValue() : -1L,
                unknowns.values));
    }

    /** A record read off a topic must be on its type's topic; every record must carry its type's source. */
    private void trust(EventType type, String id, String topic, String source) {
        String reason = null;
        if (topic != null && !topicAliases.getOrDefault(topic, topic).equals(type.topic())) reason = "wrong-topic";
        else if (!type.source().equals(source)) reason = "wrong-source";
        if (reason == null) return;
        meters.counter(REFUSED, "type", type.ceType(), "topic", String.valueOf(topic), "reason", reason).increment();
        throw new UntrustedEvent("Refused " + type.ceType() + " event " + id + " from source " + source + " on topic "
                + topic + ": the catalogue has it only from " + type.source() + " on " + type.topic());
    }

    private void tolerated(String ceType, String reason) {
        meters.counter(TOLERATED, "type", ceType, "reason", reason).increment();
    }

    /** Kafka header values reach Spring as byte[] (raw) or String (mapped); accept both. */
    public static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) return new String(bytes, StandardCharsets.UTF_8);
        return value == null ? null : value.toString();
    }

    private static final class Unknowns {
        final List<String> fields = new ArrayList<>();
        final Map<String, String> values = new LinkedHashMap<>();
    }

    /** Unknown enum values read as null (the raw value noted); unknown properties are noted, then skipped. */
    private static final class Tolerance extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            if (!targetType.isEnum()) return NOT_HANDLED;
            unknowns(ctxt).values.put(pointer(ctxt.getParser()), value);
            return null;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            Class<?> owner = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            unknowns(ctxt).fields.add(owner.getSimpleName() + "." + propertyName);
            return false;
        }

        private static Unknowns unknowns(DeserializationContext ctxt) {
            return (Unknowns) ctxt.getAttribute(UNKNOWNS);
        }

        private static String pointer(JsonParser p) {
            return p.getParsingContext().pathAsPointer().toString();
        }
    }
}
