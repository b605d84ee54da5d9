package vn.thidua.award;

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
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.Topics;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The award service on real Kafka, PostgreSQL and the MongoDB stand-in, fed by ModelRecognized records. */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AwardServiceIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber awardTopic;

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;

    @BeforeAll
    static void connect(Infrastructure infrastructure) {
        CloudEventRecords.ensureTopics(infrastructure.kafkaBootstrapServers());
        records = new CloudEventRecords(infrastructure.kafkaBootstrapServers());
        awardTopic = records.subscribe(Topics.AWARD);
    }

    @AfterAll
    static void close() {
        awardTopic.close();
        records.close();
    }

    private String recognizedModel() {
        String modelId = UUID.randomUUID().toString();
        records.send(new ModelRecognized("case-" + modelId, modelId, "vinh-linh-2023-2025", "W19390", "D198",
                new Actor("huyen-uy", "D198"), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                http.getForObject("/api/eligible-models?campaignId=vinh-linh-2023-2025", JsonNode.class).findValuesAsText("modelId")
                        .contains(modelId));
        return modelId;
    }

    private ResponseEntity<JsonNode> post(String path, Map<String, ?> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-User-Id", "hoi-dong-tdkt");
        headers.set("X-Unit-Id", "45");
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> propose(String modelId, String form) {
        return post("/api/models/" + modelId + "/award-proposals", Map.of("awardForm", form, "reason", "Tiêu biểu"));
    }

    private <T> T awaitPublished(String proposalId, String ceType, Class<T> type) throws Exception {
        var record = await().atMost(Duration.ofSeconds(60)).until(() -> awardTopic.find(r ->
                proposalId.equals(CloudEventRecords.key(r)) && ceType.equals(CloudEventRecords.header(r, "ce_type")))
                .orElse(null), r -> r != null);
        return CloudEventRecords.JSON.readValue(record.value(), type);
    }

    @Test
    void recognisedModelCanBeProposedAndDecided() throws Exception {
        String modelId = recognizedModel();
        var proposed = propose(modelId, "CERTIFICATE_OF_MERIT");
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String proposalId = proposed.getBody().get("proposalId").asText();
        AwardProposed published = awaitPublished(proposalId, "vn.thidua.AwardProposed.v1", AwardProposed.class);
        assertThat(published.modelId()).isEqualTo(modelId);
        assertThat(published.unitId()).isEqualTo("W19390");

        var decided = post("/api/models/" + modelId + "/award-proposals/" + proposalId + "/decision",
                Map.of("outcome", "APPROVED", "decisionNumber", "123/QĐ-UBND"));
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        AwardDecided decision = awaitPublished(proposalId, "vn.thidua.AwardDecided.v1", AwardDecided.class);
        assertThat(decision.outcome()).isEqualTo(AwardOutcome.APPROVED);
        assertThat(decision.decisionNumber()).isEqualTo("123/QĐ-UBND");
        assertThat(decision.actor().userId()).isEqualTo("hoi-dong-tdkt");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.getForObject("/api/award-proposals/" + proposalId, JsonNode.class).get("outcome").asText())
                .isEqualTo("APPROVED"));
    }

    @Test
    void modelThatWasNotRecognisedCannotBeProposed() {
        var response = propose(UUID.randomUUID().toString(), "CERTIFICATE_OF_MERIT");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("code").asText()).isEqualTo("not-eligible");
    }

    @Test
    void sameFormCannotBeProposedTwice() {
        String modelId = recognizedModel();
        assertThat(propose(modelId, "CERTIFICATE_OF_COMMENDATION").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var second = propose(modelId, "CERTIFICATE_OF_COMMENDATION");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("code").asText()).isEqualTo("duplicate-proposal");
    }

    @Test
    void redeliveredRecognitionOpensOneDossier() {
        String modelId = UUID.randomUUID().toString();
        var recognized = new ModelRecognized("case-" + modelId, modelId, "campaign-redelivery", "W19390", "D198",
                new Actor("huyen-uy", "D198"), Instant.now());
        String eventId = UUID.randomUUID().toString();
        records.send(recognized, eventId);
        records.send(recognized, eventId);
        String replayId = records.send(recognized);
        // the replay is recognised as already applied (not retried until the consumer gives up on it)
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(replayId));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                http.getForObject("/api/eligible-models?campaignId=campaign-redelivery", JsonNode.class)).hasSize(1));
        assertThat(propose(modelId, "COMMEMORATIVE_MEDAL").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void unknownAwardFormNamesAllowedValues() {
        var response = propose(UUID.randomUUID().toString(), "GOLD_STAR");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("awardForm");
        assertThat(response.getBody().get("errors").get(0).get("messageVi").asText()).contains("CERTIFICATE_OF_MERIT");
    }

    private boolean inboxHas(String eventId) {
        return mongo.getCollection("inbox").countDocuments(new Document("_id", eventId)) == 1;
    }
}
