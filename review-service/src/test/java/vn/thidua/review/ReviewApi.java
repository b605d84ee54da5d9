package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;
import vn.thidua.testsupport.kafka.SampleEvents;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The review service's API as the ITs call it: as a user of the test identity provider, or anonymous (null). */
record ReviewApi(TestRestTemplate http, TreeCopy tree) {

    /** Publishes the {@link OrganisationTree} unless this service's copy holds it already. */
    void organisationTree(CloudEventRecords records) {
        OrganisationTree.publish(records, unitId -> tree.find(unitId).isPresent());
    }

    ResponseEntity<JsonNode> get(String path, TestUser user) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> recognize(String reviewCaseId, TestUser user) {
        return http.exchange("/api/review-cases/" + reviewCaseId + "/recognition", HttpMethod.POST,
                new HttpEntity<>(headers(user)), JsonNode.class);
    }

    /** Publishes a model of {@code unitId} and waits until {@code reader} sees its review case; returns its id. */
    String reviewCaseOf(CloudEventRecords records, String campaignId, String unitId, TestUser reader) {
        organisationTree(records);
        String modelId = UUID.randomUUID().toString();
        records.send(SampleEvents.modelRegistered(modelId, campaignId, unitId));
        String caseId = ReviewCaseIds.forModel(modelId);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                get("/api/review-cases/" + caseId, reader).getStatusCode() == HttpStatus.OK);
        return caseId;
    }

    private HttpHeaders headers(TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
        return headers;
    }
}
