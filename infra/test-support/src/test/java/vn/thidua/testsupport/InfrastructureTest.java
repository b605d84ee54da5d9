package vn.thidua.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/** The shared infrastructure, through the JUnit extension, with real clients. */
@WithInfrastructure
class InfrastructureTest {

    private final Infrastructure infrastructure;

    InfrastructureTest(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    @Test
    void publishesTheSpringPropertiesAsSystemProperties() {
        Map<String, String> properties = infrastructure.springProperties();
        assertThat(properties).containsOnlyKeys(
                "thidua.kafka.bootstrap-servers", "thidua.postgres.host", "thidua.postgres.port",
                "thidua.postgres.username", "thidua.postgres.password", "thidua.mongo.uri");
        properties.forEach((key, value) -> assertEquals(value, System.getProperty(key), key));
        assertEquals("thidua", properties.get("thidua.postgres.username"));
        assertEquals("thidua", properties.get("thidua.postgres.password"));
        assertThat(properties.get("thidua.mongo.uri")).startsWith("mongodb://localhost:");
        assertThat(infrastructure.jdbcUrl("registration"))
                .isEqualTo("jdbc:postgresql://" + infrastructure.postgresHost() + ":"
                        + infrastructure.postgresPort() + "/registration");
    }

    @Test
    void postgresHasTheThiduaRoleAndTheServiceDatabases() throws Exception {
        for (String database : List.of("registration", "review", "award")) {
            try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(database),
                    infrastructure.postgresUsername(), infrastructure.postgresPassword());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS probe (id int primary key)");
                statement.execute("INSERT INTO probe VALUES (1) ON CONFLICT DO NOTHING");
                try (ResultSet resultSet = statement.executeQuery(
                        "SELECT current_user, current_database(), (SELECT count(*) FROM probe)")) {
                    assertTrue(resultSet.next());
                    assertEquals("thidua", resultSet.getString(1));
                    assertEquals(database, resultSet.getString(2));
                    assertEquals(1, resultSet.getInt(3));
                }
            }
        }
    }

    @Test
    void mongoAnswersTheRealDriverOverTcp() {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(infrastructure.mongoUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoCollection<Document> collection = client.getDatabase("reporting").getCollection("probe");
            String id = UUID.randomUUID().toString();
            collection.insertOne(new Document("_id", id).append("movement", "Dân vận khéo").append("score", 42));
            Document found = collection.find(Filters.eq("_id", id)).first();
            assertThat(found).isNotNull();
            assertEquals("Dân vận khéo", found.getString("movement"));
            assertEquals(42, found.getInteger("score"));
        }
    }

    @Test
    void kafkaProducesAndConsumes() throws Exception {
        String topic = "probe-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "key", "hello")).get(30, TimeUnit.SECONDS);
        }
        assertThat(readAll(topic, 1)).containsExactly("hello");
    }

    @Test
    void kafkaKeepsItsDataAcrossStopAndStartAndClientsReconnect() throws Exception {
        String topic = "restart-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "key", "before-stop")).get(30, TimeUnit.SECONDS);

            long stopping = System.nanoTime();
            infrastructure.stopKafka();
            System.out.printf("[thidua-test] Kafka stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
            try {
                long sending = System.nanoTime();
                ExecutionException failure = assertThrows(ExecutionException.class, () ->
                        producer.send(new ProducerRecord<>(topic, "key", "while-stopped")).get(60, TimeUnit.SECONDS));
                System.out.printf("[thidua-test] send while Kafka is down failed after %d ms: %s%n",
                        (System.nanoTime() - sending) / 1_000_000, failure.getCause());
            } finally {
                long starting = System.nanoTime();
                infrastructure.startKafka();
                System.out.printf("[thidua-test] Kafka restarted in %d ms%n", (System.nanoTime() - starting) / 1_000_000);
            }

            producer.send(new ProducerRecord<>(topic, "key", "after-restart")).get(60, TimeUnit.SECONDS);
        }
        assertThat(readAll(topic, 2)).containsExactly("before-stop", "after-restart");
    }

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** Reads the topic from the beginning until {@code expected} records arrived (same key: one partition, in order). */
    private List<String> readAll(String topic, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
                return values.size() >= expected;
            });
        }
        return values;
    }
}
