package vn.thidua.review.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's consumer failure policy on the review service's registration binding, on real Kafka and the
 * MongoDB stand-in reached through a proxy that can be cut: events that arrive while MongoDB is out of reach are
 * all applied once it is back and none is dead-lettered; a poison record is, at once, and the binding goes on; an
 * administrator replays the dead letters into the service, once per event id however often it is asked.
 * A topic, group and database of its own, so the other test contexts of this JVM do not interfere.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.registrationEvents-in-0.destination=" + ConsumerFailurePolicyIT.TOPIC,
        "spring.cloud.stream.bindings.registrationEvents-in-0.group=review-faults",
        "spring.cloud.stream.bindings.registrationEvents-in-0.consumer.back-off-initial-interval=200",
        "spring.cloud.stream.bindings.registrationEvents-in-0.consumer.back-off-max-interval=1000",
        "spring.cloud.stream.kafka.bindings.registrationEvents-in-0.consumer.dlq-name=" + ConsumerFailurePolicyIT.DLQ,
        "spring.data.mongodb.database=thidua_review_faults",
        "management.endpoint.health.show-details=always",
        // its own copy of the registration topic, trusted as that topic
        "thidua.messaging.topic-aliases.[" + ConsumerFailurePolicyIT.TOPIC + "]=thidua.registration"})
class ConsumerFailurePolicyIT {

    static final String TOPIC = "thidua.registration.faults";
    static final String DLQ = "thidua.review.faults.dlq";
    private static final String UNIT_OPENED = "vn.thidua.UnitOpened.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final TestUser ADMINISTRATOR = TestUser.of("quan-tri", "45", "ADMINISTRATOR");
    private static final TestUser OFFICER = TestUser.of("ban-dan-van", "45", "BOARD_OFFICER");

    private static CuttableProxy mongo;
    private static CloudEventRecords records;

    @Autowired TreeCopy tree;
    @Autowired MongoTemplate mongoTemplate;
    @Autowired TestRestTemplate http;

    @DynamicPropertySource
    static void mongoThroughTheProxy(DynamicPropertyRegistry registry) {
        URI target = URI.create(Infrastructure.shared().mongoUri());
        mongo = new CuttableProxy(target.getHost(), target.getPort());
        registry.add("thidua.mongo.uri", () -> "mongodb://localhost:" + mongo.port()
                + "/?serverSelectionTimeoutMS=1500&connectTimeoutMS=1000&socketTimeoutMS=5000");
    }

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
    }

    @AfterAll
    static void closeProxy() {
        mongo.close();
    }

    @Test
    void eventsThatArriveWhileMongoIsOutOfReachAreAllAppliedOnceItIsBackAndNoneIsDeadLettered() {
        List<String> before = units(3);
        List<String> eventIds = new ArrayList<>(before.stream().map(this::open).toList());
        await().atMost(PATIENCE).until(() -> before.stream().allMatch(id -> tree.find(id).isPresent()));

        mongo.cut();
        List<String> during;
        try {
            during = units(10);
            during.forEach(unit -> eventIds.add(open(unit)));
            // the service is DOWN (MongoDB is), its consumers DEGRADED: held on their record, retrying
            await().atMost(PATIENCE).until(() -> "DEGRADED".equals(consumers().path("status").asText()));
            int attempts = consumers().path("details").path("registrationEvents-in-0").path("attempts").asInt();
            await().atMost(PATIENCE).until(() -> consumers().path("details").path("registrationEvents-in-0")
                    .path("attempts").asInt() > attempts + 2);
            assertThat(deadLetters()).extracting(CloudEventRecords::key).doesNotContainAnyElementsOf(during);
        } finally {
            mongo.restore();
        }

        await().atMost(PATIENCE).until(() -> during.stream().allMatch(id -> tree.find(id).isPresent()));
        await().atMost(PATIENCE).until(() -> "UP".equals(consumers().path("status").asText()));
        assertThat(deadLetters()).extracting(r -> CloudEventRecords.header(r, "ce_id"))
                .doesNotContainAnyElementsOf(eventIds);
        // each event applied once: one inbox entry per event id
        assertThat(mongoTemplate.getCollection("inbox").countDocuments(
                new org.bson.Document("_id", new org.bson.Document("$in", eventIds)))).isEqualTo(eventIds.size());
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAtOnceAndTheBindingGoesOn() {
        String poisonId = "poison-" + UUID.randomUUID();
        String after = units(1).get(0);
        send(poisonId, "unit-without-id", "{\"name\":\"Không có mã\"}");
        open(after);

        await().atMost(PATIENCE).until(() -> tree.find(after).isPresent());
        ConsumerRecord<byte[], byte[]> letter = await().atMost(PATIENCE).until(() -> deadLetters().stream()
                .filter(r -> poisonId.equals(CloudEventRecords.header(r, "ce_id"))).findFirst().orElse(null),
                r -> r != null);
        assertThat(CloudEventRecords.header(letter, "x-exception-fqcn"))
                .isEqualTo(IllegalArgumentException.class.getName());
        assertThat(CloudEventRecords.header(letter, "x-exception-message")).contains("without a unit id");
        assertThat(CloudEventRecords.header(letter, "x-original-topic")).isEqualTo(TOPIC);
        assertThat(letter.headers().lastHeader("x-original-offset")).isNotNull();
        assertThat(letter.headers().lastHeader("x-original-partition")).isNotNull();
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).contains("Không có mã");
    }

    @Test
    void anAdministratorReplaysTheDeadLettersIntoTheServiceOncePerEventId() {
        // a good event dead-lettered by an earlier fault (say, a bug fixed since)
        String unit = units(1).get(0);
        String eventId = UUID.randomUUID().toString();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(DLQ, 0, bytes(unit), json(opened(unit)));
            letter.headers().add("ce_id", bytes(eventId)).add("ce_type", bytes(UNIT_OPENED))
                    .add("ce_specversion", bytes("1.0")).add("ce_source", bytes("/thidua/registration-service"))
                    .add("ce_subject", bytes(unit)).add("x-original-topic", bytes(TOPIC))
                    .add("x-exception-fqcn", bytes(IllegalStateException.class.getName()));
            producer.send(letter).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        assertThat(exchange(HttpMethod.POST, "/replay", OFFICER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.GET, "", ADMINISTRATOR).getBody().path("count").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode first = exchange(HttpMethod.POST, "/replay", ADMINISTRATOR).getBody();
        assertThat(tree.find(unit)).isPresent();
        JsonNode second = exchange(HttpMethod.POST, "/replay", ADMINISTRATOR).getBody();

        assertThat(second.path("read").asInt()).isEqualTo(first.path("read").asInt());
        assertThat(mongoTemplate.getCollection("inbox").countDocuments(new org.bson.Document("_id", eventId)))
                .isEqualTo(1);
        // letters that are poison still fail, and say why
        for (JsonNode failed : second.path("failed")) {
            assertThat(failed.path("eventId").asText()).isNotEqualTo(eventId);
            assertThat(failed.path("exception").asText()).isNotBlank();
        }
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
        return http.exchange("/api/admin/dead-letters" + path, method, new HttpEntity<>(headers), JsonNode.class);
    }

    private JsonNode consumers() {
        return http.getForObject("/actuator/health", JsonNode.class).path("components").path("consumers");
    }

    private static List<String> units(int count) {
        return IntStream.range(0, count).mapToObj(i -> "F" + UUID.randomUUID().toString().substring(0, 8)).toList();
    }

    private static UnitOpened opened(String unitId) {
        return new UnitOpened(unitId, null, "commune", "commune", "Xã " + unitId, "Xã " + unitId, List.of(),
                LocalDate.of(2025, 7, 1), new Actor("ban-dan-van", "45"), Instant.now());
    }

    /** @return the event id */
    private String open(String unitId) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, unitId, new String(json(opened(unitId)), StandardCharsets.UTF_8));
        return eventId;
    }

    private void send(String eventId, String key, String body) {
        records.send(TOPIC, Topics.sourceOf(Topics.REGISTRATION), key, UNIT_OPENED, eventId, key,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(Object event) {
        try {
            return CloudEventRecords.JSON.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.shared().kafkaBootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(DLQ));
            List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
            long emptyPolls = 0;
            while (emptyPolls < 3) {
                var polled = consumer.poll(Duration.ofMillis(700));
                if (polled.isEmpty() && !consumer.assignment().isEmpty()) emptyPolls++;
                polled.forEach(letters::add);
            }
            return letters;
        }
    }
}
