package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw baseline: a plain Kafka consumer that writes the documents the projection writes (the model, the processed
 * event id, the read position) with the MongoDB driver, one bulk write per collection and poll, nothing else.
 */
final class RawProjection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private RawProjection() {
    }

    static Progress run(String bootstrapServers, String mongoUri, String database, int events, Duration patience) {
        Progress progress = new Progress();
        try (KafkaConsumer<byte[], byte[]> consumer = plainConsumer(bootstrapServers, "bench-raw-");
             MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> models = client.getDatabase(database).getCollection("models");
            MongoCollection<Document> processed = client.getDatabase(database).getCollection("processed_events");
            MongoCollection<Document> positions = client.getDatabase(database).getCollection("positions");
            consumer.subscribe(Topics.ALL);
            long count = 0;
            long deadline = System.nanoTime() + patience.toNanos();
            while (count < events) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("raw consumer stalled at " + count);
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (records.isEmpty()) continue;
                List<String> ids = new ArrayList<>();
                records.forEach(r -> ids.add(header(r, CloudEventsAttributes.ID)));
                Set<String> done = new HashSet<>();
                processed.find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                        .forEach(d -> done.add(d.getString("_id")));
                List<WriteModel<Document>> modelWrites = new ArrayList<>();
                List<WriteModel<Document>> processedWrites = new ArrayList<>();
                Map<String, WriteModel<Document>> positionWrites = new HashMap<>();
                Date now = new Date();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    String id = header(record, CloudEventsAttributes.ID);
                    if (done.add(id)) {
                        modelWrites.add(new UpdateOneModel<>(Filters.eq("_id", modelIdOf(record)),
                                modelUpdate(record), UPSERT));
                        processedWrites.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(
                                Updates.set("type", header(record, CloudEventsAttributes.TYPE)),
                                Updates.set("processedAt", now), Updates.set("topic", record.topic()),
                                Updates.set("partition", record.partition()), Updates.set("offset", record.offset())),
                                UPSERT));
                    }
                    String key = record.topic() + "-" + record.partition();
                    positionWrites.put(key, new UpdateOneModel<>(Filters.eq("_id", key), Updates.combine(
                            Updates.set("topic", record.topic()), Updates.set("partition", record.partition()),
                            Updates.max("offset", record.offset()), Updates.set("updatedAt", now)), UPSERT));
                }
                if (!modelWrites.isEmpty()) models.bulkWrite(modelWrites, new BulkWriteOptions().ordered(true));
                if (!processedWrites.isEmpty()) processed.bulkWrite(processedWrites, new BulkWriteOptions().ordered(false));
                positions.bulkWrite(new ArrayList<>(positionWrites.values()), new BulkWriteOptions().ordered(false));
                count += records.count();
                progress.sample(System.nanoTime(), count);
            }
        }
        return progress;
    }

    /** A plain consumer of a fresh group from the start of the topics, 500 records a poll, no auto commit. */
    static KafkaConsumer<byte[], byte[]> plainConsumer(String bootstrapServers, String groupPrefix) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static String modelIdOf(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    /** The same fields the projection sets for these two event types. */
    private static Bson modelUpdate(ConsumerRecord<byte[], byte[]> record) {
        try {
            JsonNode event = JSON.readTree(record.value());
            Date at = Date.from(Instant.parse(event.get("occurredAt").asText()));
            List<Bson> updates = new ArrayList<>(List.of(
                    Updates.setOnInsert("campaignId", event.get("campaignId").asText()),
                    Updates.set("unitId", event.get("unitId").asText())));
            if (Topics.REGISTRATION.equals(record.topic())) {
                updates.addAll(List.of(Updates.set("registeredTitle", event.get("title").asText()),
                        Updates.set("registeredField", event.get("field").asText()),
                        Updates.set("registrantKind", event.get("registrantKind").asText()),
                        Updates.set("registered", true), Updates.min("registeredAt", at)));
            } else {
                updates.addAll(List.of(Updates.set("reviewOpened", true), Updates.min("reviewOpenedAt", at)));
            }
            return Updates.combine(updates);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable benchmark event", e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
