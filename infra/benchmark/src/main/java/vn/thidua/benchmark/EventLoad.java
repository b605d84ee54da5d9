package vn.thidua.benchmark;

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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The events both consumers read: models registered in one campaign over 500 units, every fourth one then opened for
 * review, as CloudEvents binary-mode records (the producers' format) on the topics with three partitions each.
 */
final class EventLoad {

    static final String CAMPAIGN = "bench-campaign";
    static final int PARTITIONS = 3;
    private static final Actor ACTOR = new Actor("bench", "bench-unit-0");
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private EventLoad() {
    }

    static void createTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(Topics.ALL.stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Sends {@code count} events (acks=all) and returns the time it took, in nanoseconds. */
    static long send(String bootstrapServers, int count) throws Exception {
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            int sent = 0;
            for (int model = 0; sent < count; model++) {
                String modelId = "bench-model-" + model;
                String unitId = "bench-unit-" + (model % 500);
                Instant at = T0.plusSeconds(model);
                send(producer, Topics.REGISTRATION, modelId, new ModelRegistered(modelId, CAMPAIGN, unitId, null,
                        RegistrantKind.COLLECTIVE, "Mô hình dân vận khéo số " + model,
                        ModelField.NEW_RURAL_CONSTRUCTION, ACTOR, at));
                sent++;
                if (model % 4 == 0 && sent < count) {
                    send(producer, Topics.REVIEW, modelId, new ReviewOpened("bench-case-" + model, modelId, CAMPAIGN,
                            unitId, ACTOR, at.plusSeconds(60)));
                    sent++;
                }
            }
            producer.flush();
        }
        return System.nanoTime() - start;
    }

    /** One registration event as the producers write it: the record size of the raw baselines. */
    static byte[] sampleRegistration() throws Exception {
        return JSON.writeValueAsBytes(new ModelRegistered("bench-model-0", CAMPAIGN, "bench-unit-0", null,
                RegistrantKind.COLLECTIVE, "Mô hình dân vận khéo số 0", ModelField.NEW_RURAL_CONSTRUCTION, ACTOR, T0));
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, IntegrationEvent event)
            throws Exception {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
                JSON.writeValueAsBytes(event));
        for (var header : List.of(
                Map.entry(CloudEventsAttributes.ID, UUID.randomUUID().toString()),
                Map.entry(CloudEventsAttributes.TYPE, EventCatalog.of(event.getClass()).ceType()),
                // the projection trusts an event type only from the service that publishes it
                Map.entry(CloudEventsAttributes.SOURCE, Topics.REVIEW.equals(topic)
                        ? CloudEventsAttributes.SOURCE_REVIEW_SERVICE : CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE),
                Map.entry(CloudEventsAttributes.SPECVERSION, CloudEventsAttributes.SPECVERSION_VALUE),
                Map.entry(CloudEventsAttributes.TIME, Instant.now().toString()),
                Map.entry(CloudEventsAttributes.SUBJECT, key),
                Map.entry(CloudEventsAttributes.CONTENT_TYPE, CloudEventsAttributes.CONTENT_TYPE_JSON))) {
            record.headers().add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record);
    }
}
