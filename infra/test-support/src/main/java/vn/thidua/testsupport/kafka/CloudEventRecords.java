package vn.thidua.testsupport.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Publishes and reads integration events exactly as the services' relays write them: JSON body (ISO dates),
 * key = aggregate id ({@link IntegrationEvent#subject()}), CloudEvents binary-mode headers as UTF-8 bytes.
 * Tests use it to play another service, or an outside subscriber.
 */
public final class CloudEventRecords implements AutoCloseable {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String bootstrapServers;
    private KafkaProducer<byte[], byte[]> producer;
    private final List<RecordMetadata> sent = new ArrayList<>();

    public CloudEventRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The published topics as the relays create them (3 partitions, kept forever), unless they exist. */
    public static void ensureTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : Topics.ALL) {
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
    public String send(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        send(event, id);
        return id;
    }

    /** Publishes the event with the given CloudEvents id (a redelivery keeps its id). */
    public RecordMetadata send(IntegrationEvent event, String id) {
        EventType type = EventCatalog.of(event.getClass());
        try {
            return send(type.topic(), event.subject(), type.ceType(), id, event.subject(), JSON.writeValueAsBytes(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw record, for types or bodies the catalog would not produce; from the topic's own producer. */
    public RecordMetadata send(String topic, String key, String ceType, String id, String subject, byte[] body) {
        return send(topic, Topics.sourceOf(topic), key, ceType, id, subject, body);
    }

    /** A raw record claiming any {@code ce_source}, e.g. to play someone who may not write this topic. */
    public RecordMetadata send(String topic, String source, String key, String ceType, String id, String subject,
                               byte[] body) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(key), body);
        header(record, CloudEventsAttributes.ID, id);
        header(record, CloudEventsAttributes.TYPE, ceType);
        header(record, CloudEventsAttributes.SOURCE, source);
        header(record, CloudEventsAttributes.SPECVERSION, CloudEventsAttributes.SPECVERSION_VALUE);
        header(record, CloudEventsAttributes.TIME, Instant.now().toString());
        header(record, CloudEventsAttributes.SUBJECT, subject);
        header(record, CloudEventsAttributes.CORRELATION_ID, "corr-" + id);
        header(record, CloudEventsAttributes.CONTENT_TYPE, CloudEventsAttributes.CONTENT_TYPE_JSON);
        try {
            RecordMetadata metadata = producer().send(record).get();
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
    public List<RecordMetadata> sent() {
        return List.copyOf(sent);
    }

    /** A subscriber reading a topic from its beginning, as an outside system would. */
    public Subscriber subscribe(String topic) {
        return new Subscriber(bootstrapServers, topic);
    }

    /** Reads one topic from the beginning, keeping everything it saw. Not thread-safe; poll from one test. */
    public static final class Subscriber implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();

        private Subscriber(String bootstrapServers, String topic) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.GROUP_ID_CONFIG, "test-subscriber-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topic));
        }

        /** Polls once and returns the first record seen so far that matches, if any. */
        public Optional<ConsumerRecord<byte[], byte[]>> find(Predicate<ConsumerRecord<byte[], byte[]>> match) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(match).findFirst();
        }

        /** Polls once and returns every record seen so far that matches. */
        public List<ConsumerRecord<byte[], byte[]>> all(Predicate<ConsumerRecord<byte[], byte[]>> match) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(match).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String key(ConsumerRecord<byte[], ?> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.CLIENT_ID_CONFIG, "test-producer-" + UUID.randomUUID()),
                    new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        if (value != null) record.headers().add(name, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (producer != null) producer.close();
    }
}
