package vn.thidua.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw baselines of the end-to-end run, on the stack's own broker, MongoDB stand-in and PostgreSQL, with records
 * of the size of a registration event: a plain producer (acks=all) → plain consumer → one MongoDB-driver bulk
 * upsert a poll; and plain JDBC inserts, one transaction each, from as many threads as the REST clients.
 */
final class RawPipeline {

    static final String TOPIC = "bench-raw-pipeline";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private RawPipeline() {
    }

    /** Records a second from the first send to the last record written to MongoDB. */
    static double kafkaToMongo(String bootstrapServers, String mongoUri, String database, byte[] value, int count,
                               Duration patience) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, EventLoad.PARTITIONS, (short) 1))).all()
                    .get(60, TimeUnit.SECONDS);
        }
        String json = new String(value, StandardCharsets.UTF_8);
        try (KafkaConsumer<byte[], byte[]> consumer = RawProjection.plainConsumer(bootstrapServers, "bench-raw-pipeline-");
             MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> records = mongo.getDatabase(database).getCollection("raw_pipeline");
            consumer.subscribe(List.of(TOPIC));
            consumer.poll(Duration.ofMillis(100)); // joins the group before the clock starts
            long start = System.nanoTime();
            Thread producer = new Thread(() -> produce(bootstrapServers, value, count), "bench-raw-producer");
            producer.start();
            long written = 0;
            long deadline = start + patience.toNanos();
            while (written < count) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("raw pipeline stalled at " + written);
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(Duration.ofMillis(200));
                if (polled.isEmpty()) continue;
                List<WriteModel<Document>> writes = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : polled) {
                    writes.add(new UpdateOneModel<>(Filters.eq("_id", new String(record.key(), StandardCharsets.UTF_8)),
                            Updates.combine(Updates.set("event", Document.parse(json)),
                                    Updates.set("offset", record.offset())), UPSERT));
                }
                records.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                written += polled.count();
            }
            double perSecond = count / ((System.nanoTime() - start) / 1e9);
            producer.join();
            return perSecond;
        }
    }

    private static void produce(String bootstrapServers, byte[] value, int count) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, ("raw-" + i).getBytes(StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }
    }

    /** Inserts a second: {@code threads} connections, each row its own transaction (autocommit), as a command's. */
    static double jdbcInserts(String jdbcUrl, String user, String password, byte[] payload, int count, int threads)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists bench_raw_events (global_index bigserial primary key, "
                    + "event_identifier varchar(255) not null, aggregate_identifier varchar(255) not null, "
                    + "sequence_number bigint not null, type varchar(255), payload_type varchar(255) not null, "
                    + "payload bytea not null, time_stamp varchar(255) not null)");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                     PreparedStatement insert = connection.prepareStatement("insert into bench_raw_events "
                             + "(event_identifier, aggregate_identifier, sequence_number, type, payload_type, payload, "
                             + "time_stamp) values (?, ?, 0, 'Model', 'ModelRegisteredEvent', ?, ?)")) {
                    connection.setAutoCommit(true);
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, "raw-model-" + n);
                        insert.setBytes(3, payload);
                        insert.setString(4, Instant.now().toString());
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (var future : done) future.get();
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement ddl = connection.createStatement()) {
            ddl.execute("drop table bench_raw_events");
        }
        return perSecond;
    }
}
