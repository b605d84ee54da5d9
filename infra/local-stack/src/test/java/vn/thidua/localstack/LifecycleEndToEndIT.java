package vn.thidua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole lifecycle across the four services, each started from its own jar as teams deploy them, on
 * shared infrastructure: register → recognise → propose → decide over REST, then the coverage endpoint.
 */
@WithInfrastructure
class LifecycleEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);

    @TempDir
    static Path data;
    private static RunningStack stack;

    @BeforeAll
    static void startServices(Infrastructure infrastructure) {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        stack = LocalStack.start(new LocalStack.Options().root(root).dataDir(data).randomPorts()
                .infrastructure(infrastructure).jvmArgs("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xss512k"));
        // the Vĩnh Linh line of the 2025-03-01 tree: province 45 → district D464 → communes
        openUnit("45", null, "tỉnh", "province", "Quảng Trị");
        openUnit("D464", "45", "huyện", "district", "Vĩnh Linh");
        openUnit("W19363", "D464", "thị trấn", "commune", "Hồ Xá");
        openUnit("W19366", "D464", "thị trấn", "commune", "Bến Quan");
        openUnit("W19369", "D464", "xã", "commune", "Vĩnh Thái");
        openUnit("W19372", "D464", "xã", "commune", "Vĩnh Tú");
    }

    private static void openUnit(String code, String parent, String kind, String level, String name) {
        String body = """
                {"unitId":"%s","parentId":%s,"kind":"%s","level":"%s","name":"%s","openedOn":"2020-01-01"}"""
                .formatted(code, parent == null ? "null" : "\"" + parent + "\"", kind, level, name);
        // the unit view is updated asynchronously: a child is refused until its parent shows there
        await().atMost(EVENTUALLY).ignoreExceptions().until(() -> {
            call("POST", url("registration-service", "/api/units"), body, 201);
            return true;
        }, ok -> ok);
    }

    /** Launches an open campaign of the Vĩnh Linh board with a registration window still open. */
    private static String launchCampaign(String prefix) throws Exception {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        int year = java.time.LocalDate.now().getYear();
        call("POST", url("registration-service", "/api/campaigns"), """
                {"campaignId":"%s","organiserUnitId":"D464","name":"Phong trào thi đua Dân vận khéo (kiểm thử)",
                 "startYear":%d,"endYear":%d,
                 "registrationWindows":[{"name":"Đợt 1","opensOn":"%d-01-01","dueOn":"%d-12-31"}],
                 "milestones":[{"kind":"FINAL_REVIEW","title":"Tổng kết","dueOn":"%d-12-31"}],
                 "coverageTargets":[{"unitKind":"commune","comparison":"AT_LEAST","percent":100}],
                 "modelsPerUnitPerYear":1}""".formatted(id, year, year + 1, year, year, year + 1), 201);
        // registration checks the campaign in its view, which follows the event store asynchronously
        await().atMost(EVENTUALLY).until(() -> HTTP.send(HttpRequest.newBuilder(
                URI.create(url("registration-service", "/api/campaigns/" + id))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return id;
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) stack.close();
    }

    private static JsonNode call(String method, String url, String body, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-User-Id", "can-bo-e2e").header("X-Unit-Id", "D464").header("X-Roles", "BOARD_OFFICER")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s → %s", method, url, response.body()).isEqualTo(expectedStatus);
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    private static String url(String service, String path) {
        return stack.serviceUrl(service) + path;
    }

    private static String register(String campaign, String unit) throws Exception {
        return call("POST", url("registration-service", "/api/models"), """
                {"campaignId":"%s","unitId":"%s","registrantKind":"COLLECTIVE","novelty":"NEW",
                 "title":"Dân vận khéo trong xây dựng nông thôn mới","field":"NEW_RURAL_CONSTRUCTION"}"""
                .formatted(campaign, unit), 201).get("modelId").asText();
    }

    private static String reviewCaseOf(String modelId) {
        return await().atMost(EVENTUALLY).until(() -> {
            JsonNode cases = call("GET", url("review-service", "/api/review-cases?modelId=" + modelId), null, 200);
            return cases.isEmpty() ? null : cases.get(0).get("reviewCaseId").asText();
        }, id -> id != null);
    }

    private static JsonNode coverageOf(String campaign, String unit) throws Exception {
        JsonNode coverage = call("GET", url("reporting-service", "/api/campaigns/" + campaign + "/coverage"), null, 200);
        for (JsonNode row : coverage.get("units")) {
            if (row.get("unitId").asText().equals(unit)) return row;
        }
        return null;
    }

    @Test
    void modelGoesFromRegistrationThroughRecognitionToAwardAndCoverageCountsIt() throws Exception {
        String campaign = launchCampaign("e2e");
        String awarded = register(campaign, "W19363");
        String onlyRegistered = register(campaign, "W19363");
        register(campaign, "W19366");

        String reviewCase = reviewCaseOf(awarded);
        call("POST", url("review-service", "/api/review-cases/" + reviewCase + "/recognition"),
                "{\"recognizedByUnitId\":\"D464\"}", 204);

        String proposal = await().atMost(EVENTUALLY).ignoreExceptions().until(() -> call("POST",
                url("award-service", "/api/models/" + awarded + "/award-proposals"),
                "{\"awardForm\":\"CERTIFICATE_OF_MERIT\",\"reason\":\"Mô hình tiêu biểu\"}", 201)
                .get("proposalId").asText(), id -> id != null);
        call("POST", url("award-service", "/api/models/" + awarded + "/award-proposals/" + proposal + "/decision"),
                "{\"outcome\":\"APPROVED\",\"decisionNumber\":\"123/QĐ-UBND\"}", 204);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode commune = coverageOf(campaign, "W19363");
            assertThat(commune).isNotNull();
            assertThat(commune.get("registered").asInt()).isEqualTo(2);
            assertThat(commune.get("recognized").asInt()).isEqualTo(1);
            assertThat(commune.get("proposedForAward").asInt()).isEqualTo(1);
            assertThat(commune.get("awarded").asInt()).isEqualTo(1);
            JsonNode other = coverageOf(campaign, "W19366");
            assertThat(other.get("registered").asInt()).isEqualTo(1);
            assertThat(other.get("recognized").asInt()).isZero();
        });
        assertThat(onlyRegistered).isNotEqualTo(awarded);
    }

    @Test
    void proposingAnAwardForAnUnrecognisedModelIsRefused() throws Exception {
        String model = register(launchCampaign("e2e"), "W19369");
        reviewCaseOf(model);
        JsonNode problem = call("POST", url("award-service", "/api/models/" + model + "/award-proposals"),
                "{\"awardForm\":\"CERTIFICATE_OF_MERIT\"}", 409);
        assertThat(problem.get("code").asText()).isEqualTo("not-eligible");
        assertThat(problem.get("messageVi").asText()).contains("chưa được công nhận");
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndTheirEventsArriveAfterItReturns() throws Exception {
        String campaign = launchCampaign("e2e-down");
        stack.stopKafka();
        String model;
        try {
            model = register(campaign, "W19372");
        } finally {
            stack.startKafka();
        }
        reviewCaseOf(model);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode row = coverageOf(campaign, "W19372");
            assertThat(row).isNotNull();
            assertThat(row.get("registered").asInt()).isEqualTo(1);
        });
    }

    @Test
    void demoDataLoadsTheSeedCampaignsWithModelsInEveryStageOnce() throws Exception {
        DemoData demo = new DemoData(stack.serviceUrl("registration"), stack.serviceUrl("review"),
                stack.serviceUrl("award"), System.out, Duration.ofMinutes(5));
        assertThat(demo.load()).as("models registered by the first load").isGreaterThanOrEqualTo(3 * 5);

        JsonNode campaigns = call("GET", url("registration-service", "/api/campaigns"), null, 200);
        assertThat(campaigns.findValuesAsText("campaignId"))
                .contains("vinh-linh-2023-2025", "don-duong-2020", "ban-dan-toc-lang-son-2021-2025");
        // the seed area's real tree and its generated villages are there
        JsonNode villages = call("GET", url("registration-service", "/api/units?parentId=W19363"), null, 200);
        assertThat(villages.findValuesAsText("level")).contains("village");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode totals = call("GET", url("reporting-service",
                    "/api/campaigns/vinh-linh-2023-2025/coverage"), null, 200).get("totals");
            assertThat(totals.get("recognized").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(totals.get("proposedForAward").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(totals.get("awarded").asInt()).isGreaterThanOrEqualTo(1);
        });

        assertThat(demo.load()).as("a second start loads nothing again").isZero();
    }
}
