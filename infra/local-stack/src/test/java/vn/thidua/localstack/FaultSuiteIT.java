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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The start of the fault suite, on the real processes of the local stack: registration is killed (SIGKILL, as a
 * crash) while a hundred registrations arrive (two communes, at most 50 each a year), and started again. Then every registration it acknowledged
 * (201) must be in the reporting projection, and none twice; the table fault / acknowledged / lost / doubled is
 * printed. Bounded: 100 commands, a few minutes.
 */
@WithInfrastructure
class FaultSuiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final int COMMANDS = 100;
    private static final int KILL_AFTER = 30;
    private static final String BOARD = "bandanvan.vinhlinh";      // Ban Dân vận huyện Vĩnh Linh, D464
    private static final String DATA_ENTRY = "nhaplieu.vinhlinh";  // unit officer of D464's subtree
    private static final List<String> COMMUNES = List.of("W19363", "W19369");

    @TempDir
    static Path data;
    private static RunningStack stack;
    private static PasswordGrantTokens tokens;

    @BeforeAll
    static void startServices(Infrastructure infrastructure) {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        stack = LocalStack.start(new LocalStack.Options().root(root).dataDir(data).randomPorts()
                .infrastructure(infrastructure).demo(true).services("registration-service", "reporting-service")
                .jvmArgs("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xss512k"));
        tokens = new PasswordGrantTokens(stack.serviceUrl(LocalStack.IDENTITY), DemoData.DEMO_PASSWORD);
        new DemoData(stack.serviceUrl("registration"), null, null, stack.serviceUrl(LocalStack.IDENTITY), System.out,
                Duration.ofMinutes(5)).importReferenceTree();
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) stack.close();
    }

    @Test
    void registrationKilledUnderLoadLosesNothingItAcknowledgedAndDoublesNothing() throws Exception {
        String campaign = launchCampaign();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch killed = new CountDownLatch(1);
        CountDownLatch restarted = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                for (int n = attempts.incrementAndGet(); n <= COMMANDS; n = attempts.incrementAndGet()) {
                    String modelId = register(campaign, COMMUNES.get(n % COMMUNES.size()), "Mô hình tải " + n);
                    if (modelId != null) {
                        acknowledged.add(modelId);
                    } else if (killed.getCount() == 0) {
                        restarted.await(5, TimeUnit.MINUTES); // refused while down: wait for the restart
                    }
                }
                return null;
            });
        }
        await().atMost(EVENTUALLY).until(() -> acknowledged.size() >= KILL_AFTER);
        stack.killService("registration");
        killed.countDown();
        stack.startService("registration");
        restarted.countDown();
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        // every acknowledged registration reaches the projection
        await().atMost(EVENTUALLY).until(() -> acknowledged.stream().allMatch(id -> status("/api/models/" + id) == 200));
        int lost = (int) acknowledged.stream().filter(id -> status("/api/models/" + id) != 200).count();
        int doubled = 0;
        for (String id : acknowledged) {
            JsonNode entries = get("/api/models/" + id + "/history").path("entries");
            int registered = 0;
            for (JsonNode entry : entries) if ("REGISTERED".equals(entry.path("action").asText())) registered++;
            if (registered != 1) doubled++;
        }
        System.out.printf("%n| fault | commands acknowledged | lost | doubled |%n|---|---|---|---|%n"
                + "| kill -9 registration-service after %d of %d | %d | %d | %d |%n%n",
                KILL_AFTER, COMMANDS, acknowledged.size(), lost, doubled);
        assertThat(lost).isZero();
        assertThat(doubled).isZero();
        assertThat(acknowledged.size()).isGreaterThan(KILL_AFTER);
    }

    private static String launchCampaign() throws Exception {
        String id = "faults-" + UUID.randomUUID().toString().substring(0, 8);
        int year = java.time.LocalDate.now().getYear();
        HttpResponse<String> launched = send(BOARD, "POST", stack.serviceUrl("registration") + "/api/campaigns", """
                {"campaignId":"%s","organiserUnitId":"D464","name":"Phong trào thi đua (kiểm thử sự cố)",
                 "startYear":%d,"endYear":%d,
                 "registrationWindows":[{"name":"Đợt 1","opensOn":"%d-01-01","dueOn":"%d-12-31"}],
                 "milestones":[{"kind":"FINAL_REVIEW","title":"Tổng kết","dueOn":"%d-12-31"}],
                 "coverageTargets":[{"unitKind":"commune","comparison":"AT_LEAST","percent":100}],
                 "modelsPerUnitPerYear":50}""".formatted(id, year, year + 1, year, year, year + 1));
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(201);
        await().atMost(EVENTUALLY).until(() -> send(BOARD, "GET",
                stack.serviceUrl("registration") + "/api/campaigns/" + id, null).statusCode() == 200);
        return id;
    }

    /** @return the model id when registration acknowledged (201), else null (refused, down, timed out) */
    private static String register(String campaign, String unit, String title) {
        try {
            HttpResponse<String> response = send(DATA_ENTRY, "POST", stack.serviceUrl("registration") + "/api/models", """
                    {"campaignId":"%s","unitId":"%s","registrantKind":"COLLECTIVE","novelty":"NEW",
                     "title":"%s","field":"NEW_RURAL_CONSTRUCTION"}""".formatted(campaign, unit, title));
            return response.statusCode() == 201 ? JSON.readTree(response.body()).get("modelId").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static int status(String path) {
        try {
            return send(BOARD, "GET", stack.serviceUrl("reporting") + path, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(send(BOARD, "GET", stack.serviceUrl("reporting") + path, null).body());
    }

    private static HttpResponse<String> send(String user, String method, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", tokens.bearer(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
