package vn.thidua.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.Topics;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The registration service on real PostgreSQL, Kafka and the MongoDB stand-in. */
@RegistrationTest
class RegistrationServiceIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired KafkaTemplate<byte[], byte[]> relayKafkaTemplate;
    @Autowired MongoTemplate mongo;

    @BeforeAll
    static void subscribe(CloudEventRecords connected) {
        records = connected;
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    private ResponseEntity<JsonNode> register(Map<String, Object> body) {
        HttpHeaders headers = Callers.headers(TestUser.of("can-bo-01", "WX19390", "UNIT_OFFICER"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Correlation-Id", "corr-" + UUID.randomUUID());
        return http.postForEntity("/api/models", new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A valid registration for a new open campaign (created with the fixture until the campaign API is merged). */
    private Map<String, Object> validModel(String campaignPrefix) {
        String campaignId = new ModelFixtures(http).openCampaign(ModelFixtures.unique(campaignPrefix));
        return Map.of("campaignId", campaignId, "unitId", "WX19390", "managingUnitId", "DX198",
                "registrantKind", "COLLECTIVE", "novelty", "NEW", "title", "Dân vận khéo trong xây dựng nông thôn mới",
                "field", "NEW_RURAL_CONSTRUCTION");
    }

    @BeforeEach
    void seedUnits() {
        new ModelFixtures(http).vinhLinhUnits();
    }

    private ConsumerRecord<byte[], byte[]> awaitPublished(String modelId) {
        return await().atMost(Duration.ofSeconds(90))
                .until(() -> topic.find(r -> modelId.equals(CloudEventRecords.key(r))).orElse(null), r -> r != null);
    }

    @Test
    void registeredModelIsPublishedAsCloudEventKeyedByModelId() throws Exception {
        var response = register(validModel("campaign-publish"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String modelId = response.getBody().get("modelId").asText();

        ConsumerRecord<byte[], byte[]> record = awaitPublished(modelId);
        assertThat(CloudEventRecords.header(record, "ce_id")).isNotBlank();
        assertThat(CloudEventRecords.header(record, "ce_type")).isEqualTo("vn.thidua.ModelRegistered.v1");
        assertThat(CloudEventRecords.header(record, "ce_source")).isEqualTo("/thidua/registration-service");
        assertThat(CloudEventRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventRecords.header(record, "ce_subject")).isEqualTo(modelId);
        assertThat(CloudEventRecords.header(record, "ce_time")).isNotBlank();
        assertThat(CloudEventRecords.header(record, "ce_correlationid")).startsWith("corr-");
        ModelRegistered event = json.readValue(record.value(), ModelRegistered.class);
        assertThat(event.title()).isEqualTo("Dân vận khéo trong xây dựng nông thôn mới");
        assertThat(event.actor().userId()).isEqualTo("can-bo-01");
        assertThat(event.actor().unitId()).isEqualTo("WX19390");
    }

    @Test
    void registeredModelAppearsInTheView() {
        String modelId = register(validModel("campaign-view")).getBody().get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var view = Callers.as(http, Callers.DISTRICT_BOARD).getForEntity("/api/models/" + modelId, JsonNode.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(view.getBody().get("registeredBy").asText()).isEqualTo("can-bo-01");
            assertThat(view.getBody().get("status").asText()).isEqualTo("REGISTERED");
        });
    }

    @Test
    void badInputGetsBilingualProblemNamingEveryFieldAndStoresNothing() {
        Long before = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        var response = register(Map.of("campaignId", "", "registrantKind", "COLLECTIVE", "title", "x"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = response.getBody();
        assertThat(problem.get("messageVi").asText()).contains("Dữ liệu không hợp lệ");
        assertThat(problem.get("messageEn").asText()).contains("Invalid input");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("campaignId", "unitId", "title", "field");
        assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("at vn.");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        var body = new java.util.HashMap<>(validModel("campaign-enum"));
        body.put("field", "SPORTS");
        var response = register(body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("field");
        assertThat(response.getBody().get("errors").get(0).get("messageEn").asText()).contains("NEW_RURAL_CONSTRUCTION");
    }

    @Test
    void anUnknownModelIsRefusedLikeOneOutsideTheSubtree() {
        String unknown = UUID.randomUUID().toString();
        var response = Callers.as(http, Callers.DISTRICT_BOARD).getForEntity("/api/models/" + unknown, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("code").asText()).isEqualTo("forbidden");
        assertThat(response.getBody().toString()).doesNotContain(unknown);
    }

    @Test
    void healthIsUpWithEveryStoreReachable() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        var env = http.getForEntity("/actuator/env", String.class);
        assertThat(env.getStatusCode().is2xxSuccessful()).as("the environment is never shown").isFalse();
        assertThat(String.valueOf(env.getBody())).doesNotContain("propertySources");
    }

    @Test
    void relayProducerIsDurable() {
        Map<String, Object> config = relayKafkaTemplate.getProducerFactory().getConfigurationProperties();
        assertThat(config.get(ProducerConfig.ACKS_CONFIG)).isEqualTo("all");
        assertThat(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isEqualTo(true);
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndEventsArriveWhenItReturns(Infrastructure infrastructure) {
        infrastructure.stopKafka();
        String modelId;
        try {
            var response = register(validModel("campaign-kafka-down"));
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            modelId = response.getBody().get("modelId").asText();
        } finally {
            infrastructure.startKafka();
        }
        ConsumerRecord<byte[], byte[]> record = awaitPublished(modelId);
        assertThat(CloudEventRecords.header(record, "ce_subject")).isEqualTo(modelId);
    }
}
