package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.bson.Document;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.Topics;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The review service on real Kafka, PostgreSQL and the MongoDB stand-in, fed by ModelRegistered records. */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewServiceIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber reviewTopic;

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void connect(Infrastructure infrastructure) {
        CloudEventRecords.ensureTopics(infrastructure.kafkaBootstrapServers());
        records = new CloudEventRecords(infrastructure.kafkaBootstrapServers());
        reviewTopic = records.subscribe(Topics.REVIEW);
    }

    @AfterAll
    static void close() {
        reviewTopic.close();
        records.close();
    }

    private static ModelRegistered registered(String modelId) {
        return new ModelRegistered(modelId, "vinh-linh-2023-2025", "W19390", "D198", RegistrantKind.COLLECTIVE,
                "Dân vận khéo trong xây dựng nông thôn mới", ModelField.NEW_RURAL_CONSTRUCTION,
                new Actor("can-bo-xa", "W19390"), Instant.now());
    }

    private JsonNode awaitCase(String modelId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode cases = http.getForObject("/api/review-cases?modelId=" + modelId, JsonNode.class);
            return cases.isEmpty() ? null : cases.get(0);
        }, c -> c != null);
    }

    private ResponseEntity<JsonNode> recognize(String reviewCaseId, String unit) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-User-Id", "huyen-uy");
        headers.set("X-Unit-Id", "D198");
        return http.postForEntity("/api/review-cases/" + reviewCaseId + "/recognition",
                new HttpEntity<>(unit == null ? Map.of() : Map.of("recognizedByUnitId", unit), headers), JsonNode.class);
    }

    @Test
    void registeredModelOpensAReviewCaseThatCanBeRecognised() throws Exception {
        String modelId = UUID.randomUUID().toString();
        records.send(registered(modelId));

        JsonNode reviewCase = awaitCase(modelId);
        assertThat(reviewCase.get("status").asText()).isEqualTo("OPEN");
        assertThat(reviewCase.get("unitId").asText()).isEqualTo("W19390");
        String caseId = reviewCase.get("reviewCaseId").asText();

        assertThat(recognize(caseId, "D198").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var record = await().atMost(Duration.ofSeconds(60)).until(() -> reviewTopic.find(r ->
                caseId.equals(CloudEventRecords.key(r))
                        && "vn.thidua.ModelRecognized.v1".equals(CloudEventRecords.header(r, "ce_type"))).orElse(null),
                r -> r != null);
        ModelRecognized recognized = CloudEventRecords.JSON.readValue(record.value(), ModelRecognized.class);
        assertThat(recognized.modelId()).isEqualTo(modelId);
        assertThat(recognized.campaignId()).isEqualTo("vinh-linh-2023-2025");
        assertThat(recognized.actor().userId()).isEqualTo("huyen-uy");
    }

    @Test
    void redeliveredRegistrationOpensOneCaseAndPublishesOneReviewOpened() {
        String modelId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        records.send(registered(modelId), eventId);
        records.send(registered(modelId), eventId);
        // a second delivery under another id (e.g. a replay by another producer) is refused by the case id
        String replayId = records.send(registered(modelId));
        String caseId = awaitCase(modelId).get("reviewCaseId").asText();
        // the replay is recognised as already applied (not retried until the consumer gives up on it)
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(replayId));
        assertThat(caseId).isEqualTo(ReviewCaseIds.forModel(modelId));

        String marker = UUID.randomUUID().toString();
        records.send(registered(marker));
        awaitCase(marker);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reviewTopic.all(r ->
                caseId.equals(CloudEventRecords.key(r)))).hasSize(1));
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, caseId)).isEqualTo(1);
        assertThat(http.getForObject("/api/review-cases?modelId=" + modelId, JsonNode.class)).hasSize(1);
    }

    @Test
    void recognisingTwiceIsAConflictProblem() {
        String modelId = UUID.randomUUID().toString();
        String replayId = records.send(registered(modelId));
        String caseId = awaitCase(modelId).get("reviewCaseId").asText();
        // the replay is recognised as already applied (not retried until the consumer gives up on it)
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(replayId));
        assertThat(recognize(caseId, "D198").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var second = recognize(caseId, "D198");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("code").asText()).isEqualTo("already-recognized");
        assertThat(second.getBody().get("messageVi").asText()).isEqualTo("Mô hình đã được công nhận điển hình");
    }

    @Test
    void recognitionWithoutUnitNamesTheField() {
        var response = recognize(UUID.randomUUID().toString(), null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("recognizedByUnitId");
    }

    @Test
    void recognisingAnUnknownCaseIsNotFound() {
        assertThat(recognize(UUID.randomUUID().toString(), "D198").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownEventTypesAreSkipped() {
        records.send(Topics.REGISTRATION, "x", "vn.thidua.SomethingNew.v1", UUID.randomUUID().toString(), "x",
                "{\"hello\":1}".getBytes());
        String modelId = UUID.randomUUID().toString();
        records.send(registered(modelId));
        assertThat(awaitCase(modelId).get("modelId").asText()).isEqualTo(modelId);
    }

    private boolean inboxHas(String eventId) {
        return mongo.getCollection("inbox").countDocuments(new Document("_id", eventId)) == 1;
    }
}
