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

    ResponseEntity<JsonNode> propose(String modelId, String form, TestUser user) {
        return post("/api/models/" + modelId + "/award-proposals", Map.of("awardForm", form, "reason", "Tiêu biểu"),
                user);
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
