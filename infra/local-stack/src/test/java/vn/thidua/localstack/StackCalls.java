package vn.thidua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** JSON calls to the stack's services as its demo users (password grant), each expecting its status. */
final class StackCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RunningStack stack;
    private final PasswordGrantTokens tokens;
    private final Duration eventually;

    StackCalls(RunningStack stack, Duration eventually) {
        this.stack = stack;
        this.tokens = new PasswordGrantTokens(stack.serviceUrl(LocalStack.IDENTITY), DemoData.DEMO_PASSWORD);
        this.eventually = eventually;
    }

    String url(String service, String path) {
        return stack.serviceUrl(service) + path;
    }

    /** The answer's JSON (null when empty) after asserting its status. */
    JsonNode call(String user, String method, String url, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = HTTP.send(request(user, method, url, body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s as %s → %s", method, url, user, response.body()).isEqualTo(expectedStatus);
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    int status(String user, String method, String url) throws Exception {
        return HTTP.send(request(user, method, url, null), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Launches, as {@code board}, an open campaign of Vĩnh Linh (D464) with a registration window open all this
     * year, and waits until registration reads it (its view follows the event store asynchronously).
     */
    String launchCampaign(String board, String prefix, int modelsPerUnitPerYear) throws Exception {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        int year = LocalDate.now().getYear();
        call(board, "POST", url("registration-service", "/api/campaigns"), """
                {"campaignId":"%s","organiserUnitId":"D464","name":"Phong trào thi đua Dân vận khéo (kiểm thử)",
                 "startYear":%d,"endYear":%d,
                 "registrationWindows":[{"name":"Đợt 1","opensOn":"%d-01-01","dueOn":"%d-12-31"}],
                 "milestones":[{"kind":"FINAL_REVIEW","title":"Tổng kết","dueOn":"%d-12-31"}],
                 "coverageTargets":[{"unitKind":"commune","comparison":"AT_LEAST","percent":100}],
                 "modelsPerUnitPerYear":%d}""".formatted(id, year, year + 1, year, year, year + 1,
                modelsPerUnitPerYear), 201);
        await().atMost(eventually).until(() -> status(board, "GET", url("registration-service", "/api/campaigns/" + id)) == 200);
        return id;
    }

    /** Registers a collective model of new rural construction for {@code unit}, as {@code user}; its id. */
    String register(String user, String campaign, String unit, String title) throws Exception {
        return call(user, "POST", url("registration-service", "/api/models"), """
                {"campaignId":"%s","unitId":"%s","registrantKind":"COLLECTIVE","novelty":"NEW",
                 "title":"%s","field":"NEW_RURAL_CONSTRUCTION"}""".formatted(campaign, unit, title), 201)
                .get("modelId").asText();
    }

    private HttpRequest request(String user, String method, String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", tokens.bearer(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
