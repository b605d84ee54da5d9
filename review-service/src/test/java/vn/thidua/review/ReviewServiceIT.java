package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE_OF_OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;

/**
 * The review service on real Kafka, PostgreSQL and the MongoDB stand-in, fed by the unit events and
 * ModelRegistered records of the registration topic, called with bearer tokens of the test identity provider.
 */
@ReviewTest
class ReviewServiceIT {

    /** The district's recognising authority (cấp huyện có thẩm quyền công nhận). */
    private static final TestUser AUTHORITY = TestUser.of("huyen-uy-vinh-linh", DISTRICT, "RECOGNISING_AUTHORITY");
    private static final TestUser OTHER_AUTHORITY = TestUser.of("huyen-uy-gio-linh", OTHER_DISTRICT,
            "RECOGNISING_AUTHORITY");

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber reviewTopic;

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
        reviewTopic = records.subscribe(Topics.REVIEW);
    }

    @BeforeEach
    void organisationTree() {
        api().organisationTree(records);
    }

    @AfterAll
    static void close() {
        reviewTopic.close();
    }

    private static ModelRegistered registered(String modelId, String unitId) {
        return ReviewApi.registered(modelId, "vinh-linh-2023-2025", unitId);
    }

    private static ModelRegistered registered(String modelId) {
        return registered(modelId, COMMUNE);
    }

    private ReviewApi api() {
        return new ReviewApi(http, tree);
    }

    private ResponseEntity<JsonNode> get(String path, TestUser user) {
        return api().get(path, user);
    }

    private ResponseEntity<JsonNode> recognize(String reviewCaseId, TestUser user) {
        return api().recognize(reviewCaseId, user);
    }

    private JsonNode awaitCase(String modelId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode cases = get("/api/review-cases?modelId=" + modelId, AUTHORITY).getBody();
            return cases == null || cases.isEmpty() ? null : cases.get(0);
        }, c -> c != null);
    }

    @Test
    void registeredModelOpensAReviewCaseThatTheAuthorityRecognisesForItsOwnUnit() throws Exception {
        String modelId = UUID.randomUUID().toString();
        records.send(registered(modelId));

        JsonNode reviewCase = awaitCase(modelId);
        assertThat(reviewCase.get("status").asText()).isEqualTo("OPEN");
        assertThat(reviewCase.get("unitId").asText()).isEqualTo(COMMUNE);
        assertThat(reviewCase.get("authorityUnitId").asText()).as("rule 5 in the district era").isEqualTo(DISTRICT);
        assertThat(reviewCase.get("routingRule").asInt()).isEqualTo(5);
        String caseId = reviewCase.get("reviewCaseId").asText();
        var early = recognize(caseId, AUTHORITY);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        api().makeReady(records, modelId, caseId, AUTHORITY);

        assertThat(recognize(caseId, AUTHORITY).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var record = await().atMost(Duration.ofSeconds(60)).until(() -> reviewTopic.find(r ->
                caseId.equals(CloudEventRecords.key(r))
                        && "vn.thidua.ModelRecognized.v1".equals(CloudEventRecords.header(r, "ce_type"))).orElse(null),
                r -> r != null);
        ModelRecognized recognized = CloudEventRecords.JSON.readValue(record.value(), ModelRecognized.class);
        assertThat(recognized.modelId()).isEqualTo(modelId);
        assertThat(recognized.campaignId()).isEqualTo("vinh-linh-2023-2025");
        assertThat(recognized.recognizedByUnitId()).as("the caller's unit, from the token").isEqualTo(DISTRICT);
        assertThat(recognized.actor().userId()).isEqualTo(AUTHORITY.userId());
        assertThat(recognized.decisionNumber()).isEqualTo("12-QĐ/HU");
        assertThat(recognized.signer()).isEqualTo("Nguyễn Văn Hùng");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/api/review-cases/" + caseId, AUTHORITY).getBody().get("recognizedByUnitId").asText())
                .isEqualTo(DISTRICT));
    }

    @Test
    void anotherDistrictsCaseIsNotListedNotReadableAndNotRecognisable() {
        String inside = UUID.randomUUID().toString();
        String outside = UUID.randomUUID().toString();
        records.send(registered(outside, COMMUNE_OF_OTHER_DISTRICT));
        records.send(registered(inside));
        String insideCase = awaitCase(inside).get("reviewCaseId").asText();
        String outsideCase = ReviewCaseIds.forModel(outside);
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/review-cases?modelId=" + outside, OTHER_AUTHORITY)
                .getBody().size() == 1);

        assertThat(get("/api/review-cases?campaignId=vinh-linh-2023-2025", AUTHORITY).getBody()
                .findValuesAsText("unitId")).contains(COMMUNE).doesNotContain(COMMUNE_OF_OTHER_DISTRICT);
        assertThat(get("/api/review-cases?modelId=" + outside, AUTHORITY).getBody()).isEmpty();
        var read = get("/api/review-cases/" + outsideCase, AUTHORITY);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(read.getBody().get("code").asText()).isEqualTo("forbidden");
        assertThat(read.getBody().toString()).doesNotContain(outside).doesNotContain(COMMUNE_OF_OTHER_DISTRICT);
        assertThat(recognize(outsideCase, AUTHORITY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(recognize(insideCase, OTHER_AUTHORITY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/review-cases/" + outsideCase, OTHER_AUTHORITY).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aViewerReadsButCannotRecognise() {
        String modelId = UUID.randomUUID().toString();
        records.send(registered(modelId));
        String caseId = awaitCase(modelId).get("reviewCaseId").asText();
        TestUser viewer = TestUser.of("nguoi-xem-tinh", OrganisationTree.PROVINCE, "VIEWER");
        assertThat(get("/api/review-cases/" + caseId, viewer).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recognize(caseId, viewer).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/review-cases/" + caseId, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
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
        assertThat(get("/api/review-cases?modelId=" + modelId, AUTHORITY).getBody()).hasSize(1);
    }

    @Test
    void recognisingTwiceIsAConflictProblem() {
        String modelId = UUID.randomUUID().toString();
        String replayId = records.send(registered(modelId));
        String caseId = awaitCase(modelId).get("reviewCaseId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(replayId));
        api().makeReady(records, modelId, caseId, AUTHORITY);
        assertThat(recognize(caseId, AUTHORITY).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var second = recognize(caseId, AUTHORITY);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("code").asText()).isEqualTo("already-recognized");
        assertThat(second.getBody().get("messageVi").asText()).isEqualTo("Mô hình đã được công nhận điển hình");
    }

    @Test
    void recognisingAnUnknownCaseIsRefusedAsOneOutsideTheSubtree() {
        assertThat(recognize(UUID.randomUUID().toString(), AUTHORITY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
