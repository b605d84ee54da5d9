package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thidua.localstack.DemoData;
import vn.thidua.localstack.LocalStack;
import vn.thidua.localstack.PasswordGrantTokens;
import vn.thidua.localstack.RunningStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The REST calls of the benchmark, as demo users of the stack's identity provider: Vĩnh Linh's board launches the
 * campaigns, its data-entry officer registers models, reporting's API tells when they are visible.
 */
final class StackClient {

    static final String BOARD = "bandanvan.vinhlinh";      // Ban Dân vận huyện Vĩnh Linh, D464
    static final String DATA_ENTRY = "nhaplieu.vinhlinh";  // unit officer of D464's subtree
    static final String ORGANISER = "D464";
    /** Registration's cap of models a unit may register in one campaign and year. */
    static final int PER_UNIT = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final PasswordGrantTokens tokens;
    private final String registration;
    private final String reporting;

    StackClient(RunningStack stack) {
        this.tokens = new PasswordGrantTokens(stack.serviceUrl(LocalStack.IDENTITY), DemoData.DEMO_PASSWORD);
        this.registration = stack.serviceUrl("registration");
        this.reporting = stack.serviceUrl("reporting");
    }

    /**
     * The communes below the organiser: in the reference tree (2025-03-01), or, for a unit file imported today
     * ({@code --quick}), as of today; once registration's unit view shows them (up to two minutes).
     */
    List<String> communes() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            for (String on : List.of("&on=2025-03-01", "")) {
                HttpResponse<String> response = send(DATA_ENTRY, "GET",
                        registration + "/api/units?parentId=" + ORGANISER + on, null);
                List<String> units = new ArrayList<>();
                if (response.statusCode() == 200) {
                    for (JsonNode unit : JSON.readTree(response.body())) units.add(unit.path("unitId").asText());
                }
                if (!units.isEmpty()) return units;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no units below " + ORGANISER + ": " + response.body());
                }
            }
            Thread.sleep(200);
        }
    }

    /** Launches a campaign of this year open for registration, {@value #PER_UNIT} models a unit; its id. */
    String launchCampaign() throws Exception {
        String id = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        int year = LocalDate.now().getYear();
        HttpResponse<String> launched = send(BOARD, "POST", registration + "/api/campaigns", """
                {"campaignId":"%s","organiserUnitId":"%s","name":"Phong trào thi đua (đo hiệu năng)",
                 "startYear":%d,"endYear":%d,
                 "registrationWindows":[{"name":"Đợt 1","opensOn":"%d-01-01","dueOn":"%d-12-31"}],
                 "milestones":[{"kind":"FINAL_REVIEW","title":"Tổng kết","dueOn":"%d-12-31"}],
                 "coverageTargets":[{"unitKind":"commune","comparison":"AT_LEAST","percent":100}],
                 "modelsPerUnitPerYear":%d}""".formatted(id, ORGANISER, year, year + 1, year, year, year + 1,
                PER_UNIT));
        if (launched.statusCode() != 201) {
            throw new IllegalStateException("campaign not launched (" + launched.statusCode() + "): " + launched.body());
        }
        return id;
    }

    boolean campaignKnown(String campaignId) throws Exception {
        return send(BOARD, "GET", registration + "/api/campaigns/" + campaignId, null).statusCode() == 200
                && send(BOARD, "GET", reporting + "/api/campaigns/" + campaignId + "/coverage", null).statusCode() == 200;
    }

    /** @return the model id when registration accepted it (201), else null */
    String register(String campaignId, String unitId, String title) {
        try {
            HttpResponse<String> response = send(DATA_ENTRY, "POST", registration + "/api/models", """
                    {"campaignId":"%s","unitId":"%s","registrantKind":"COLLECTIVE","novelty":"NEW",
                     "title":"%s","field":"NEW_RURAL_CONSTRUCTION"}""".formatted(campaignId, unitId, title));
            return response.statusCode() == 201 ? JSON.readTree(response.body()).get("modelId").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Whether reporting's API knows the model. */
    boolean visible(String modelId) {
        try {
            return send(BOARD, "GET", reporting + "/api/models/" + modelId, null).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Models registered in the campaign by reporting's coverage API (0 while it does not know the campaign). */
    long registered(String campaignId) {
        try {
            HttpResponse<String> response = send(BOARD, "GET", reporting + "/api/campaigns/" + campaignId + "/coverage",
                    null);
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("totals").path("registered")
                    .asLong() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private HttpResponse<String> send(String user, String method, String url, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", tokens.bearer(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
