package vn.thidua.testsupport.kafka;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays a newer producer (an enum value no reader knows yet) and an intruder (a catalogued type from a source or
 * topic the catalogue does not name) on the bus, and reads a consumer's dead-letter topic to account for them.
 */
public final class StreamProbe implements AutoCloseable {

    /** A {@code ce_source} no catalogue entry names. */
    public static final String INTRUDER = "/thidua/intruder";
    /** The dead-letter header with the failure's stack trace, causes included. */
    public static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";

    private final CloudEventRecords records;
    private final CloudEventRecords.Subscriber deadLetters;

    public StreamProbe(CloudEventRecords records, String deadLetterTopic) {
        this.records = records;
        this.deadLetters = records.subscribe(deadLetterTopic);
    }

    /** Publishes the event with the enum value at {@code pointer} (e.g. {@code /field}) replaced; returns its id. */
    public String sendWithUnknownValue(IntegrationEvent event, String pointer, String unknownValue) {
        JsonNode body = CloudEventRecords.JSON.valueToTree(event);
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = body.at(at.head());
        if (parent instanceof ObjectNode object) object.put(at.last().getMatchingProperty(), unknownValue);
        else if (parent instanceof ArrayNode array) array.set(at.last().getMatchingIndex(), TextNode.valueOf(unknownValue));
        else throw new IllegalArgumentException("No value at " + pointer + " in " + body);
        return send(EventCatalog.of(event.getClass()).topic(), EventCatalog.of(event.getClass()).source(), event, body);
    }

    /** Publishes the event on its own topic, but claiming {@code source}; returns its id. */
    public String sendFrom(String source, IntegrationEvent event) {
        return send(EventCatalog.of(event.getClass()).topic(), source, event, CloudEventRecords.JSON.valueToTree(event));
    }

    /** Publishes the event from its own source, but on {@code topic}; returns its id. */
    public String sendOn(String topic, IntegrationEvent event) {
        return send(topic, EventCatalog.of(event.getClass()).source(), event, CloudEventRecords.JSON.valueToTree(event));
    }

    /** Waits (90 s at most) for the record with this {@code ce_id} in the dead-letter topic. */
    public ConsumerRecord<byte[], byte[]> awaitDeadLetter(String id) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> deadLetter(id), Optional::isPresent).orElseThrow();
    }

    /** The record with this {@code ce_id} if it reached the dead-letter topic so far (polls once). */
    public Optional<ConsumerRecord<byte[], byte[]>> deadLetter(String id) {
        return deadLetters.find(r -> id.equals(CloudEventRecords.header(r, "ce_id")));
    }

    public static String body(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private String send(String topic, String source, IntegrationEvent event, JsonNode body) {
        EventType type = EventCatalog.of(event.getClass());
        String id = UUID.randomUUID().toString();
        try {
            records.send(topic, source, event.subject(), type.ceType(), id, event.subject(),
                    CloudEventRecords.JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    @Override
    public void close() {
        deadLetters.close();
    }
}
