package vn.thidua.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Produces records as the services' relays do: JSON body (JavaTimeModule, ISO dates), key = aggregate id
 * ({@link IntegrationEvent#subject()}), CloudEvents binary-mode headers with UTF-8 values.
 */
final class EventRecords implements AutoCloseable {

    static final String REGISTRATION = "thidua.registration";
    static final String REVIEW = "thidua.review";
    static final String AWARD = "thidua.award";
    static final String DLQ = "thidua.reporting.dlq";

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final KafkaProducer<byte[], byte[]> producer;
    private final List<RecordMetadata> sent = new ArrayList<>();

    EventRecords(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.CLIENT_ID_CONFIG, "reporting-test-" + UUID.randomUUID()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The three topics as the producers create them (3 partitions, kept forever), unless they exist. */
    static void ensureTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : List.of(REGISTRATION, REVIEW, AWARD)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                            .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1")))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw new IllegalStateException(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the event with a new CloudEvents id; returns that id. */
    String send(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        send(event, id);
        return id;
    }

    /** Publishes the event with the given CloudEvents id (a redelivery keeps its id). */
    RecordMetadata send(IntegrationEvent event, String id) {
        EventType type = EventCatalog.of(event.getClass());
        try {
            return send(type.topic(), event.subject(), type.ceType(), id, event.subject(), JSON.writeValueAsBytes(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw record, for types or bodies the catalog would not produce. */
    RecordMetadata send(String topic, String key, String ceType, String id, String subject, byte[] body) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(key), body);
        header(record, "ce_id", id);
        header(record, "ce_type", ceType);
        header(record, "ce_source", "/thidua/reporting-test");
        header(record, "ce_specversion", "1.0");
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", subject);
        header(record, "ce_correlationid", "corr-" + id);
        header(record, "content-type", "application/json");
        try {
            RecordMetadata metadata = producer.send(record).get();
            sent.add(metadata);
            return metadata;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Where each record went, in the order sent. */
    List<RecordMetadata> sent() {
        return List.copyOf(sent);
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        if (value != null) record.headers().add(name, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
