package vn.thidua.award;

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
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.SampleEvents;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE_OF_OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.PROVINCE;

/**
 * The award service on real Kafka, PostgreSQL and the MongoDB stand-in, fed by the unit events of the registration
 * topic and ModelRecognized records of the review topic, called with bearer tokens of the test identity provider.
 */
@AwardTest
class AwardServiceIT {

    /** The district's board officer (Ban Dân vận huyện) proposes; the provincial council decides. */
    private static final TestUser BOARD = TestUser.of("ban-dan-van-vinh-linh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser OTHER_BOARD = TestUser.of("ban-dan-van-gio-linh", OTHER_DISTRICT, "BOARD_OFFICER");
    private static final TestUser COUNCIL = TestUser.of("hoi-dong-tdkt", PROVINCE, "COUNCIL_MEMBER");

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber awardTopic;

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
        awardTopic = records.subscribe(Topics.AWARD);
    }

    @BeforeEach
    void organisationTree() {
        api().organisationTree(records);
    }

    @AfterAll
    static void close() {
        awardTopic.close();
    }

    private AwardApi api() {
        return new AwardApi(http, tree);
    }

    private String recognizedModel(String unitId, TestUser reader) {
        return api().recognizedModel(records, "vinh-linh-2023-2025", unitId, reader);
    }

    private String recognizedModel() {
        return recognizedModel(COMMUNE, BOARD);
    }

    private ResponseEntity<JsonNode> get(String path, TestUser user) {
        return api().get(path, user);
    }

    private ResponseEntity<JsonNode> propose(String modelId, String form, TestUser user) {
        return api().propose(modelId, form, user);
    }

    private ResponseEntity<JsonNode> propose(String modelId, String form) {
        return propose(modelId, form, BOARD);
    }

    private ResponseEntity<JsonNode> decide(String modelId, String proposalId, TestUser user) {
        return api().post("/api/models/" + modelId + "/award-proposals/" + proposalId + "/decision",
                Map.of("outcome", "APPROVED", "decisionNumber", "123/QĐ-UBND"), user);
    }

    private <T> T awaitPublished(String proposalId, String ceType, Class<T> type) throws Exception {
        return AwardApi.awaitPublished(awardTopic, proposalId, ceType, type);
    }

    @Test
    void recognisedModelCanBeProposedByTheBoardAndDecidedByTheCouncil() throws Exception {
        String modelId = recognizedModel();
        var proposed = propose(modelId, "CERTIFICATE_OF_MERIT");
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String proposalId = proposed.getBody().get("proposalId").asText();
        AwardProposed published = awaitPublished(proposalId, "vn.thidua.AwardProposed.v1", AwardProposed.class);
        assertThat(published.modelId()).isEqualTo(modelId);
        assertThat(published.unitId()).isEqualTo(COMMUNE);
        assertThat(published.actor().userId()).isEqualTo(BOARD.userId());

        assertThat(decide(modelId, proposalId, BOARD).getStatusCode()).as("the board does not decide")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(decide(modelId, proposalId, COUNCIL).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        AwardDecided decision = awaitPublished(proposalId, "vn.thidua.AwardDecided.v1", AwardDecided.class);
        assertThat(decision.outcome()).isEqualTo(AwardOutcome.APPROVED);
        assertThat(decision.decisionNumber()).isEqualTo("123/QĐ-UBND");
        assertThat(decision.actor().userId()).isEqualTo(COUNCIL.userId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/api/award-proposals/" + proposalId, COUNCIL).getBody().get("outcome").asText())
                .isEqualTo("APPROVED"));
    }

    @Test
    void anotherDistrictsModelsAndProposalsAreOutOfReach() {
        String outsideModel = recognizedModel(COMMUNE_OF_OTHER_DISTRICT, OTHER_BOARD);
        var proposed = propose(outsideModel, "CERTIFICATE_OF_MERIT", OTHER_BOARD);
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String proposalId = proposed.getBody().get("proposalId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/award-proposals/" + proposalId, OTHER_BOARD).getStatusCode() == HttpStatus.OK);

        assertThat(get("/api/eligible-models", BOARD).getBody().findValuesAsText("modelId")).doesNotContain(outsideModel);
        assertThat(get("/api/award-proposals?modelId=" + outsideModel, BOARD).getBody()).isEmpty();
        var read = get("/api/award-proposals/" + proposalId, BOARD);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(read.getBody().toString()).doesNotContain(outsideModel).doesNotContain(COMMUNE_OF_OTHER_DISTRICT);
        assertThat(propose(outsideModel, "COMMEMORATIVE_MEDAL").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        TestUser districtCouncil = TestUser.of("hoi-dong-huyen", DISTRICT, "COUNCIL_MEMBER");
        assertThat(decide(outsideModel, proposalId, districtCouncil).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/award-proposals/" + proposalId, COUNCIL).getStatusCode()).as("the province sees it")
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/award-proposals/" + proposalId, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void modelThatWasNotRecognisedIsRefusedAsOneOutsideTheSubtree() {
        var response = propose(UUID.randomUUID().toString(), "CERTIFICATE_OF_MERIT");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
        var recognized = SampleEvents.modelRecognized(modelId, "campaign-redelivery", COMMUNE);
        String eventId = UUID.randomUUID().toString();
        records.send(recognized, eventId);
        records.send(recognized, eventId);
        String replayId = records.send(recognized);
        // the replay is recognised as already applied (not retried until the consumer gives up on it)
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(replayId));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get("/api/eligible-models?campaignId=campaign-redelivery", BOARD).getBody()).hasSize(1));
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
