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
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) stack.close();
    }

    private static JsonNode call(String method, String url, String body, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-User-Id", "can-bo-e2e").header("X-Unit-Id", "D198").header("X-Roles", "BOARD_OFFICER")
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
                {"campaignId":"%s","unitId":"%s","managingUnitId":"D198","registrantKind":"COLLECTIVE",
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
        String campaign = "e2e-" + UUID.randomUUID();
        String awarded = register(campaign, "W19390");
        String onlyRegistered = register(campaign, "W19390");
        register(campaign, "W19391");

        String reviewCase = reviewCaseOf(awarded);
        call("POST", url("review-service", "/api/review-cases/" + reviewCase + "/recognition"),
                "{\"recognizedByUnitId\":\"D198\"}", 204);

        String proposal = await().atMost(EVENTUALLY).ignoreExceptions().until(() -> call("POST",
                url("award-service", "/api/models/" + awarded + "/award-proposals"),
                "{\"awardForm\":\"CERTIFICATE_OF_MERIT\",\"reason\":\"Mô hình tiêu biểu\"}", 201)
                .get("proposalId").asText(), id -> id != null);
        call("POST", url("award-service", "/api/models/" + awarded + "/award-proposals/" + proposal + "/decision"),
                "{\"outcome\":\"APPROVED\",\"decisionNumber\":\"123/QĐ-UBND\"}", 204);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode commune = coverageOf(campaign, "W19390");
            assertThat(commune).isNotNull();
            assertThat(commune.get("registered").asInt()).isEqualTo(2);
            assertThat(commune.get("recognized").asInt()).isEqualTo(1);
            assertThat(commune.get("proposedForAward").asInt()).isEqualTo(1);
            assertThat(commune.get("awarded").asInt()).isEqualTo(1);
            JsonNode other = coverageOf(campaign, "W19391");
            assertThat(other.get("registered").asInt()).isEqualTo(1);
            assertThat(other.get("recognized").asInt()).isZero();
        });
        assertThat(onlyRegistered).isNotEqualTo(awarded);
    }

    @Test
    void proposingAnAwardForAnUnrecognisedModelIsRefused() throws Exception {
        String model = register("e2e-" + UUID.randomUUID(), "W19392");
        reviewCaseOf(model);
        JsonNode problem = call("POST", url("award-service", "/api/models/" + model + "/award-proposals"),
                "{\"awardForm\":\"CERTIFICATE_OF_MERIT\"}", 409);
        assertThat(problem.get("code").asText()).isEqualTo("not-eligible");
        assertThat(problem.get("messageVi").asText()).contains("chưa được công nhận");
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndTheirEventsArriveAfterItReturns() throws Exception {
        String campaign = "e2e-down-" + UUID.randomUUID();
        stack.stopKafka();
        String model;
        try {
            model = register(campaign, "W19393");
        } finally {
            stack.startKafka();
        }
        reviewCaseOf(model);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode row = coverageOf(campaign, "W19393");
            assertThat(row).isNotNull();
            assertThat(row.get("registered").asInt()).isEqualTo(1);
        });
    }
}
