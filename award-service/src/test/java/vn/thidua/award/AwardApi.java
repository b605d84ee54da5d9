package vn.thidua.award;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;
import vn.thidua.testsupport.kafka.SampleEvents;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The award service's API as the ITs call it: as a user of the test identity provider, or anonymous (null). */
record AwardApi(TestRestTemplate http, TreeCopy tree) {

    /** Publishes the {@link OrganisationTree} unless this service's copy holds it already. */
    void organisationTree(CloudEventRecords records) {
        OrganisationTree.publish(records, unitId -> tree.find(unitId).isPresent());
    }

    ResponseEntity<JsonNode> get(String path, TestUser user) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String path, Map<String, ?> body, TestUser user) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Waits for the record of {@code ceType} keyed {@code key} on {@code topic}, and reads it as {@code type}. */
    static <T> T awaitPublished(CloudEventRecords.Subscriber topic, String key, String ceType, Class<T> type)
            throws Exception {
        var record = await().atMost(Duration.ofSeconds(60)).until(() -> topic.find(r ->
                key.equals(CloudEventRecords.key(r)) && ceType.equals(CloudEventRecords.header(r, "ce_type")))
                .orElse(null), r -> r != null);
        return CloudEventRecords.JSON.readValue(record.value(), type);
    }

    /** Sends {@code rawBody} as JSON, whatever it holds (for hostile input). */
    ResponseEntity<JsonNode> send(HttpMethod method, String path, String rawBody, TestUser user) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(rawBody, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> propose(String modelId, String form, TestUser user) {
        return post("/api/models/" + modelId + "/award-proposals", Map.of("awardForm", form, "reason", "Tiêu biểu"),
                user);
    }

    /** Opens a round of {@code councilUnitId}'s council giving {@code forms}, as {@code council}; returns its id. */
    String openRound(String councilUnitId, TestUser council, String... forms) {
        var opened = post("/api/award-rounds", Map.of("name", "Dân vận khéo 2024", "kind", "ANNUAL",
                "campaignId", "dvk-2024", "councilUnitId", councilUnitId, "proposalDeadline", "2099-12-31",
                "formCodes", java.util.List.of(forms), "budget", 5_000_000), council);
        if (opened.getStatusCode().value() != 201) throw new AssertionError("round not opened: " + opened);
        String roundId = opened.getBody().get("roundId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/award-rounds/" + roundId, council)
                .getStatusCode().value() == 200);
        return roundId;
    }

    /** Proposes an individual of {@code unitId} in the round, as {@code proposer}. */
    ResponseEntity<JsonNode> proposePerson(String roundId, String name, String unitId, String form, TestUser proposer) {
        return post("/api/award-rounds/" + roundId + "/proposals", Map.of("recipientKind", "INDIVIDUAL", "name", name,
                "position", "Hội viên", "unitId", unitId, "formCode", form, "summary", "Tiêu biểu",
                "reportReference", "BC-01"), proposer);
    }

    /** A download's status and bytes, as {@code user}. */
    ResponseEntity<byte[]> download(String path, TestUser user) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), byte[].class);
    }

    /** Attaches {@code content} as the proposal's report, as {@code proposer}. */
    ResponseEntity<JsonNode> attachReport(String proposalId, String fileName, byte[] content, TestUser proposer) {
        HttpHeaders headers = headers(proposer);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("report", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.postForEntity("/api/award-proposals/" + proposalId + "/report", new HttpEntity<>(parts, headers),
                JsonNode.class);
    }

    /** Waits until {@code reader} sees the proposal; returns its id. */
    String awaitProposal(ResponseEntity<JsonNode> proposed, TestUser reader) {
        if (proposed.getStatusCode().value() != 201) throw new AssertionError("not proposed: " + proposed);
        String proposalId = proposed.getBody().get("proposalId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/award-proposals/" + proposalId, reader)
                .getStatusCode().value() == 200);
        return proposalId;
    }

    /** Publishes the recognition of a model of {@code unitId} and waits until {@code reader} sees it eligible. */
    String recognizedModel(CloudEventRecords records, String campaignId, String unitId, TestUser reader) {
        organisationTree(records);
        String modelId = UUID.randomUUID().toString();
        records.send(SampleEvents.modelRecognized(modelId, campaignId, unitId));
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/eligible-models?campaignId=" + campaignId, reader)
                .getBody().findValuesAsText("modelId").contains(modelId));
        return modelId;
    }

    private HttpHeaders headers(TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
        return headers;
    }
}
