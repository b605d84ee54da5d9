package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.PROVINCE;

/**
 * The review stage end to end: routing on arrival, the board's queue and routing by hand, only the routed
 * authority acting, the case following a withdrawal, and hostile input refused with nothing changed.
 */
@ReviewTest
class ReviewStageIT {

    private static final TestUser AUTHORITY = TestUser.of("huyen-uy-vinh-linh", DISTRICT, "RECOGNISING_AUTHORITY");
    private static final TestUser PROVINCE_AUTHORITY = TestUser.of("tinh-uy", PROVINCE, "RECOGNISING_AUTHORITY");
    private static final TestUser BOARD = TestUser.of("ban-dan-van-tinh", PROVINCE, "BOARD_OFFICER");
    private static final TestUser ADMIN = TestUser.of("quan-tri", PROVINCE, "ADMINISTRATOR");

    private static CloudEventRecords records;

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
    }

    @BeforeEach
    void organisationTree() {
        api().organisationTree(records);
    }

    private ReviewApi api() {
        return new ReviewApi(http, tree);
    }

    private JsonNode awaitCase(String caseId, TestUser reader, String status) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            ResponseEntity<JsonNode> read = api().get("/api/review-cases/" + caseId, reader);
            return read.getStatusCode() == HttpStatus.OK ? read.getBody() : null;
        }, c -> c != null && (status == null || status.equals(c.path("status").asText())));
    }

    @Test
    void aCaseNoRuleFitsWaitsInTheBoardsQueueUntilRoutedByHand() {
        String modelId = UUID.randomUUID().toString();
        records.send(ReviewApi.registered(modelId, "stage-campaign", PROVINCE));
        String caseId = ReviewCaseIds.forModel(modelId);
        JsonNode waiting = awaitCase(caseId, BOARD, "NEEDS_ROUTING");
        assertThat(waiting.path("routingReason").asText()).startsWith("Không quy tắc nào");
        assertThat(api().get("/api/review-cases?status=NEEDS_ROUTING", BOARD).getBody()
                .findValuesAsText("reviewCaseId")).contains(caseId);
        assertThat(api().post("/api/review-cases/" + caseId + "/surveys", survey(), AUTHORITY).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        var missingReason = api().post("/api/review-cases/" + caseId + "/routing",
                "{\"authorityUnitId\":\"" + DISTRICT + "\"}", BOARD);
        assertThat(missingReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api().post("/api/review-cases/" + caseId + "/routing",
                "{\"authorityUnitId\":\"" + DISTRICT + "\",\"reason\":\"Huyện ủy theo dõi\"}", BOARD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode routed = awaitCase(caseId, AUTHORITY, "OPEN");
        assertThat(routed.path("routedByHand").asBoolean()).isTrue();
        assertThat(routed.path("authorityUnitId").asText()).isEqualTo(DISTRICT);
        assertThat(api().post("/api/review-cases/" + caseId + "/surveys", survey(), AUTHORITY).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyTheRoutedAuthorityActsNotOneAboveIt() {
        String caseId = api().reviewCaseOf(records, "stage-campaign", COMMUNE, AUTHORITY);
        assertThat(api().post("/api/review-cases/" + caseId + "/surveys", survey(), PROVINCE_AUTHORITY)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().get("/api/review-cases/" + caseId, PROVINCE_AUTHORITY).getStatusCode())
                .as("it still reads what is in its subtree").isEqualTo(HttpStatus.OK);
        assertThat(api().post("/api/review-cases/" + caseId + "/surveys", survey(), AUTHORITY).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api().get("/api/review-cases/" + caseId, AUTHORITY).getBody().path("surveys").size() == 1);
    }

    @Test
    void withdrawalClosesTheCaseAndItCannotBeRecognised() {
        String modelId = UUID.randomUUID().toString();
        records.send(ReviewApi.registered(modelId, "stage-campaign", COMMUNE));
        String caseId = ReviewCaseIds.forModel(modelId);
        awaitCase(caseId, AUTHORITY, "OPEN");
        records.send(new ModelWithdrawn(modelId, "stage-campaign", COMMUNE, "Sáp nhập",
                new Actor("can-bo-xa", COMMUNE), ReviewApi.DISTRICT_ERA));
        assertThat(awaitCase(caseId, AUTHORITY, "CLOSED").path("closedBecause").asText()).isEqualTo("WITHDRAWN");
        var recognize = api().recognize(caseId, AUTHORITY);
        assertThat(recognize.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(recognize.getBody().path("code").asText()).isEqualTo("case-not-open");
    }

    @Test
    void hostileInputToEveryNewEndpointIsRefusedAndChangesNothing() {
        String caseId = api().reviewCaseOf(records, "stage-campaign", COMMUNE, AUTHORITY);
        JsonNode before = api().get("/api/review-cases/" + caseId, AUTHORITY).getBody();
        String base = "/api/review-cases/" + caseId;
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put(base + "/surveys", "{\"surveyedOn\":\"hôm qua\",\"inspectors\":\"x\"}");
        endpoints.put(base + "/criteria", "{\"criteria\":[{\"criterion\":\"NOT_A_CRITERION\",\"met\":true}]}");
        endpoints.put(base + "/supplement-requests", "{\"request\":42,\"dueOn\":[1]}");
        endpoints.put(base + "/authority-documents", "{\"kind\":\"PHOTO\",\"reference\":\"x\"}");
        endpoints.put(base + "/meeting", "{\"membersTotal\":\"ba\"}");
        endpoints.put(base + "/recognition", "{\"decidedOn\":\"31/12/2024\"}");
        endpoints.put(base + "/declination", "{\"reasons\":\"không\"}");
        endpoints.put(base + "/revocation", "{\"reasons\":[]}");
        endpoints.put(base + "/effectiveness", "{\"milestone\":\"QUARTER\",\"year\":\"năm nay\"}");
        endpoints.put("/api/recognition-decisions", "{\"reviewCaseIds\":{}}");
        endpoints.forEach((path, body) -> {
            for (String hostile : new String[] {body, "{not json", "{}", "[]", "null"}) {
                var response = api().post(path, hostile, AUTHORITY);
                assertThat(response.getStatusCode().is4xxClientError()).as(path + " " + hostile).isTrue();
                assertThat(String.valueOf(response.getHeaders().getContentType())).as(path + " " + hostile)
                        .startsWith("application/problem+json");
            }
        });
        var outside = api().post(base + "/surveys", survey(), TestUser.of("gio-linh", "D465", "RECOGNISING_AUTHORITY"));
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var routing = api().post(base + "/routing", "{\"authorityUnitId\":\"KHONG-CO\",\"reason\":\"x\"}",
                TestUser.of("ban-dan-van-huyen", DISTRICT, "BOARD_OFFICER"));
        assertThat(routing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var table = api().send(HttpMethod.PUT, "/api/routing-table", "{\"levels\":[],\"entries\":[{\"rule\":9}]}", ADMIN);
        assertThat(table.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(table.getBody().path("code").asText()).isEqualTo("routing-table-invalid");
        assertThat(api().get("/api/routing-table", ADMIN).getBody().path("entries").size()).isGreaterThan(6);

        JsonNode after = api().get("/api/review-cases/" + caseId, AUTHORITY).getBody();
        assertThat(after).isEqualTo(before);
    }

    private static String survey() {
        return "{\"surveyedOn\":\"2024-10-10\",\"inspectors\":[\"Trần Thị Bình\"],\"findings\":\"Hoạt động đều\"}";
    }
}
