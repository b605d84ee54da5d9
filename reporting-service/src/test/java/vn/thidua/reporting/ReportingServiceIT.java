package vn.thidua.reporting;

import vn.thidua.testsupport.identity.PageSession;

import vn.thidua.contracts.Topics;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.reporting.adapter.out.mongo.MongoProjectionStore;
import vn.thidua.testsupport.Infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.reporting.CampaignScenario.UNIT_A;
import static vn.thidua.reporting.CampaignScenario.recognized;
import static vn.thidua.reporting.CampaignScenario.registered;

/** The service on a real Kafka broker and the MongoDB stand-in; one context for all of this class. */
@ReportingTest
class ReportingServiceIT {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private static CloudEventRecords records;

    /** Anonymous: operations endpoints and API documents only. */
    @Autowired TestRestTemplate anonymous;
    @Autowired MongoTemplate mongo;
    /** A viewer of the scenario's province. */
    TestRestTemplate http;

    @BeforeEach
    void signIn() {
        http = Callers.as(anonymous, CampaignScenario.VIEWER);
    }
    @Autowired MeterRegistry meters;

    @BeforeAll
    static void topics(CloudEventRecords connected) {
        records = connected;
        CampaignScenario.tree(records);
    }

    private static String campaign() {
        return "campaign-" + UUID.randomUUID();
    }

    private JsonNode coverage(String campaignId) {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/campaigns/{id}/coverage", JsonNode.class, campaignId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void awaitCoverage(String campaignId, String expectedJson) throws Exception {
        JsonNode expected = CloudEventRecords.JSON.readTree(expectedJson);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(coverage(campaignId)).isEqualTo(expected));
    }

    private static String oneModelCoverage(String campaignId, int registered, int recognized) {
        return """
                {"campaignId":"%s",
                 "units":[{"unitId":"unit-a","registered":%d,"recognized":%d,"proposedForAward":0,"awarded":0}],
                 "totals":{"registered":%d,"recognized":%d,"proposedForAward":0,"awarded":0}}
                """.formatted(campaignId, registered, recognized, registered, recognized);
    }

    private double events(String outcome) {
        return meters.find("thidua.reporting.events").tag("outcome", outcome).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    @Test
    void coverageCountsModelsPerUnitFromAllThreeTopics() throws Exception {
        String campaignId = campaign();
        String expected = CampaignScenario.produce(records, campaignId);

        awaitCoverage(campaignId, expected);

        JsonNode m1 = http.getForObject("/api/models/{id}", JsonNode.class, CampaignScenario.model(campaignId, 1));
        assertThat(m1.get("campaignId").asText()).isEqualTo(campaignId);
        assertThat(m1.get("unitId").asText()).isEqualTo(UNIT_A);
        assertThat(m1.get("title").asText()).isEqualTo("Dân vận khéo trong xây dựng nông thôn mới 1");
        assertThat(m1.get("field").asText()).isEqualTo("NEW_RURAL_CONSTRUCTION");
        assertThat(m1.get("registrantKind").asText()).isEqualTo("COLLECTIVE");
        assertThat(m1.get("registeredAt").asText()).isEqualTo("2024-03-01T08:00:01Z");
        assertThat(m1.get("recognized").asBoolean()).isTrue();
        assertThat(m1.get("recognizedAt").asText()).isEqualTo("2024-04-01T08:00:00Z");
        assertThat(m1.get("proposedForAward").asBoolean()).isTrue();
        assertThat(m1.get("awarded").asBoolean()).isTrue();

        JsonNode m3 = http.getForObject("/api/models/{id}", JsonNode.class, CampaignScenario.model(campaignId, 3));
        assertThat(m3.get("proposedForAward").asBoolean()).isTrue();
        assertThat(m3.get("awarded").asBoolean()).as("a rejected proposal is not an award").isFalse();
    }

    @Test
    void theProjectionStoresItsPositionBesideItsData() {
        String campaignId = campaign();
        RecordMetadata sent = records.send(registered(campaignId, 1, UNIT_A), UUID.randomUUID().toString());
        String key = sent.topic() + "-" + sent.partition();
        await().atMost(PATIENCE).untilAsserted(() -> {
            Document position = mongo.findById(key, Document.class, MongoProjectionStore.POSITIONS);
            assertThat(position).isNotNull();
            assertThat(((Number) position.get("offset")).longValue()).isGreaterThanOrEqualTo(sent.offset());
        });
    }

    @Test
    void aRedeliveredEventCountsOnce() throws Exception {
        String campaignId = campaign();
        String id = UUID.randomUUID().toString();
        double duplicatesBefore = events("duplicate");
        CampaignScenario.launch(records, campaignId);

        records.send(registered(campaignId, 1, UNIT_A), id);
        records.send(registered(campaignId, 1, UNIT_A), id);
        records.send(recognized(campaignId, 1, UNIT_A), id + "-recognized");
        records.send(recognized(campaignId, 1, UNIT_A), id + "-recognized");

        awaitCoverage(campaignId, oneModelCoverage(campaignId, 1, 1));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events("duplicate") - duplicatesBefore).isGreaterThanOrEqualTo(2));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(id)), MongoProjectionStore.PROCESSED_EVENTS))
                .isTrue();
    }

    @Test
    void anEventOfAnUnknownTypeIsSkippedAndLaterEventsStillCount() throws Exception {
        String campaignId = campaign();
        String modelId = CampaignScenario.model(campaignId, 1);
        double skippedBefore = events("skipped");
        CampaignScenario.launch(records, campaignId);

        // a type a newer producer added, on the same partition (same key) as the events that follow
        records.send(Topics.REGISTRATION, modelId, "vn.thidua.ModelArchived.v1", UUID.randomUUID().toString(),
                modelId, "{\"modelId\":\"x\",\"whatever\":true}".getBytes(StandardCharsets.UTF_8));
        records.send(registered(campaignId, 1, UNIT_A));

        awaitCoverage(campaignId, oneModelCoverage(campaignId, 1, 0));
        assertThat(events("skipped") - skippedBefore).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndLaterEventsStillCount(Infrastructure infrastructure)
            throws Exception {
        String campaignId = campaign();
        String modelId = CampaignScenario.model(campaignId, 1);
        String poisonId = "poison-" + UUID.randomUUID();
        CampaignScenario.launch(records, campaignId);

        try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reporting-dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            dlq.subscribe(List.of("thidua.reporting.dlq"));

            // a known type with a body that is no such event; same key as the event after it
            records.send(Topics.REGISTRATION, modelId, "vn.thidua.ModelRegistered.v1", poisonId, modelId,
                    "not json".getBytes(StandardCharsets.UTF_8));
            records.send(registered(campaignId, 1, UNIT_A));

            awaitCoverage(campaignId, oneModelCoverage(campaignId, 1, 0));
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(dead::add);
                return dead.stream().anyMatch(r -> poisonId.equals(header(r, "ce_id")));
            });
            ConsumerRecord<byte[], byte[]> poison = dead.stream()
                    .filter(r -> poisonId.equals(header(r, "ce_id"))).findFirst().orElseThrow();
            assertThat(new String(poison.key(), StandardCharsets.UTF_8)).isEqualTo(modelId);
            assertThat(new String(poison.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
            assertThat(header(poison, "x-original-topic")).isEqualTo(Topics.REGISTRATION);
        }
    }

    @Test
    void aLaunchedCampaignWithoutModelsHasNoUnitsAndOneNeverLaunchedIsRefused() throws Exception {
        String campaignId = campaign();
        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/campaigns/{id}/coverage", JsonNode.class,
                campaignId);
        assertThat(unknown.getStatusCode()).as("as one outside the subtree").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        CampaignScenario.launch(records, campaignId);
        awaitCoverage(campaignId, """
                {"campaignId":"%s","units":[],
                 "totals":{"registered":0,"recognized":0,"proposedForAward":0,"awarded":0}}
                """.formatted(campaignId));
    }

    @Test
    void aReaderOfAnotherProvinceIsRefusedTheCoverageAndTheModelsAndAnonymousIsAskedToSignIn()
            throws Exception {
        String campaignId = campaign();
        awaitCoverage(campaignId, CampaignScenario.produce(records, campaignId));
        String modelId = CampaignScenario.model(campaignId, 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(http.getForEntity("/api/models/{id}", JsonNode.class,
                modelId).getStatusCode()).isEqualTo(HttpStatus.OK));

        TestRestTemplate other = Callers.as(anonymous, CampaignScenario.OTHER_VIEWER);
        for (ResponseEntity<String> refused : List.of(
                other.getForEntity("/api/campaigns/{id}/coverage", String.class, campaignId),
                other.getForEntity("/api/models/{id}", String.class, modelId),
                other.getForEntity("/api/units/{id}", String.class, UNIT_A))) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            // nothing about the thing refused ("instance" names the request by its correlation id)
            var problem = (com.fasterxml.jackson.databind.node.ObjectNode) CloudEventRecords.JSON.readTree(refused.getBody());
            problem.remove("instance");
            assertThat(problem.toString()).doesNotContain(campaignId).doesNotContain(UNIT_A)
                    .doesNotContain("registered");
        }
        // the officer of unit A reads its own model, not the campaign's coverage (a report)
        TestRestTemplate officer = Callers.as(anonymous, vn.thidua.testsupport.identity.TestUser.of("can-bo-01",
                UNIT_A, "UNIT_OFFICER"));
        assertThat(officer.getForEntity("/api/models/{id}", String.class, modelId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(officer.getForEntity("/api/campaigns/{id}/coverage", String.class, campaignId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> nobody = anonymous.getForEntity("/api/campaigns/{id}/coverage", String.class, campaignId);
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(nobody.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anUnknownModelIsRefusedAsOneOutsideTheSubtree() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/models/{id}", JsonNode.class, "no-such-model");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().toString()).doesNotContain("no-such-model").doesNotContain("Exception");
    }

    @Test
    void operationsEndpointsAndApiDocsAreServed() {
        TestRestTemplate http = anonymous;
        assertThat(http.getForEntity("/actuator/health", JsonNode.class).getBody().get("status").asText())
                .isEqualTo("UP");
        assertThat(http.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // the metrics need the scraper's credential: not anonymous, not a wrong password, not a user's token
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("prometheus", "wrong").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(this.http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> prometheus = http.withBasicAuth("prometheus", ReportingTest.SCRAPE_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(prometheus.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(prometheus.getBody()).contains("jvm_memory_used_bytes");
        PageSession browser = PageSession.anonymous(anonymous.getRootUri());
        for (String hidden : List.of("/actuator/env", "/actuator/beans")) {
            var response = browser.get(hidden);
            assertThat(response.statusCode()).as(hidden).isNotEqualTo(200);
            assertThat(response.body()).as(hidden).doesNotContain("propertySources").doesNotContain("contexts");
        }

        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/campaigns/{campaignId}/coverage").contains("/api/models/{modelId}");
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
