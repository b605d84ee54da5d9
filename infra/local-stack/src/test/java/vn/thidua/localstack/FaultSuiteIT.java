package vn.thidua.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The fault suite on the real processes of the local stack (its own persistent infrastructure: H2-file MongoDB
 * stand-in, durable PostgreSQL): per row, registrations arrive from four clients and a fault strikes after 30% were
 * acknowledged. {@link FaultChecker} then checks stores, topics and projection; the table is printed and written
 * to {@code target/fault-suite.md}. Commands per row: {@value #COMMANDS_PROPERTY} (README, "Fault suite").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    static final String COMMANDS_PROPERTY = "thidua.faults.commands";
    private static final int COMMANDS = Integer.getInteger(COMMANDS_PROPERTY, 150);
    /** The relay's producer gives a record up after {@code delivery.timeout.ms} = 15 s (DurableProducers). */
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** The consumers' session timeout in this suite (Kafka's default 45 s): a frozen or dead member leaves sooner. */
    private static final int SESSION_TIMEOUT_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    /** How long a row's clients may take: a loaded machine answers a few commands a second. */
    private static final Duration LOAD_PATIENCE = Duration.ofMinutes(5).plusSeconds(COMMANDS / 4);
    private static final String BOARD = "bandanvan.vinhlinh";      // Ban Dân vận huyện Vĩnh Linh, D464
    private static final String DATA_ENTRY = "nhaplieu.vinhlinh";  // unit officer of D464's subtree
    private static final String COUNCIL = "hoidong.vinhlinh";      // Hội đồng Thi đua – Khen thưởng, D464
    /** Proposals per award round: each proposal replays its round's events (no snapshots), so keep rounds small. */
    private static final int PER_ROUND = 250;
    /** The 18 communes of Vĩnh Linh (D464); a campaign takes 50 models per commune and year. */
    private static final List<String> COMMUNES = List.of("W19363", "W19366", "W19369", "W19372", "W19375", "W19378",
            "W19384", "W19387", "W19393", "W19396", "W19402", "W19405", "W19408", "W19414", "W19417", "W19420",
            "W19423", "W19426");
    private static final int PER_CAMPAIGN = COMMUNES.size() * 50;

    @TempDir
    static Path data;
    private static RunningStack stack;
    private static PasswordGrantTokens tokens;
    private static FaultChecker checker;
    private static final List<String> TABLE = new ArrayList<>();
    private static long started;

    @BeforeAll
    static void startStack() throws IOException {
        started = System.nanoTime();
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        String session = "--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms="
                + SESSION_TIMEOUT_MS;
        stack = LocalStack.start(new LocalStack.Options().root(root).dataDir(data).randomPorts().demo(true)
                .services("registration-service", "review-service", "award-service", "reporting-service")
                .extraArgs("registration-service", session).extraArgs("review-service", session)
                .extraArgs("award-service", session).extraArgs("reporting-service", session)
                .jvmArgs("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xss512k")
                // a shared 2-core machine under load may need minutes for a Spring Boot start
                .healthTimeout(Duration.ofMinutes(6)));
        tokens = new PasswordGrantTokens(stack.serviceUrl(LocalStack.IDENTITY), DemoData.DEMO_PASSWORD);
        // Quảng Trị, Vĩnh Linh and its communes as in the 2025-03-01 tree (the whole tree takes minutes)
        try (InputStream units = FaultSuiteIT.class.getResourceAsStream("/vinh-linh-units.csv")) {
            new DemoData(stack.serviceUrl("registration"), null, null, stack.serviceUrl(LocalStack.IDENTITY),
                    System.out, Duration.ofMinutes(5)).importUnitFile("vinh-linh-units.csv", units.readAllBytes());
        }
        checker = new FaultChecker(stack.infrastructure());
    }

    @AfterAll
    static void stopStack() throws IOException {
        try {
            String table = FaultChecker.header() + "\n" + String.join("\n", TABLE) + "\n";
            String summary = "%s%n%d commands per row; whole suite %d s (stack start included)%n".formatted(table,
                    COMMANDS, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            System.out.printf("%n%s%n", summary);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fault-suite.md"), summary);
        } finally {
            if (stack != null) stack.close();
        }
    }

    @Test
    @Order(1)
    void registrationKilled() throws Exception {
        row("kill -9 registration-service", () -> {
            stack.killService("registration");
            stack.startService("registration");
        });
    }

    @Test
    @Order(2)
    void reviewKilled() throws Exception {
        row("kill -9 review-service", () -> {
            stack.killService("review");
            stack.startService("review");
        });
    }

    @Test
    @Order(3)
    void reportingKilled() throws Exception {
        row("kill -9 reporting-service", () -> {
            stack.killService("reporting");
            stack.startService("reporting");
        });
    }

    @Test
    @Order(4)
    void awardKilled() throws Exception {
        row("kill -9 award-service (award proposals)", new AwardProposals(), () -> {
            stack.killService("award");
            stack.startService("award");
        });
    }

    @Test
    @Order(5)
    void kafkaStoppedLongerThanTheDeliveryTimeout() throws Exception {
        row("Kafka stopped " + OUTAGE.toSeconds() + " s (delivery.timeout.ms 15 s)", () -> {
            int before = relayRetries("registration");
            stack.stopKafka();
            // the outage itself; by its end the relay has failed to publish and retries
            await().pollDelay(OUTAGE).atMost(OUTAGE.plusMinutes(1))
                    .until(() -> relayRetries("registration") > before);
            stack.startKafka();
        });
    }

    @Test
    @Order(6)
    void mongoStopped() throws Exception {
        row("MongoDB stand-in stopped " + OUTAGE.toSeconds() + " s (H2 file, same port)", () -> {
            stack.stopMongo();
            // the outage itself; by its end reporting's health has noticed
            await().pollDelay(OUTAGE).atMost(OUTAGE.plusMinutes(1)).until(() -> !healthUp("reporting"));
            stack.startMongo();
        });
    }

    @Test
    @Order(7)
    void reviewPausedUntilItsGroupDropsIt() throws Exception {
        row("review-service SIGSTOP until its group dropped it, SIGCONT", () -> {
            stack.pauseService("review");
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> membersOf("review-service") == 0);
            } finally {
                stack.resumeService("review");
            }
        });
    }

    @Test
    @Order(8)
    void relayKilledBetweenStoringAndPublishing() throws Exception {
        row("relay killed between storing and publishing (Kafka down, kill -9 registration)", () -> {
            int before = relayRetries("registration");
            stack.stopKafka();
            // stored (acknowledged) but not published: the relay tried and failed
            await().atMost(Duration.ofMinutes(1)).until(() -> relayRetries("registration") > before);
            stack.killService("registration");
            stack.startKafka();
            stack.startService("registration");
        });
    }

    // ---------------------------------------------------------------- one row

    private interface Fault {
        void strike() throws Exception;
    }

    /** What a row's clients send, and how its outcome is checked. */
    private interface Load {
        /** Creates what the commands need (campaigns, rounds). */
        void prepare() throws Exception;

        /** @return the id of command {@code n} (from 1) when acknowledged, else null (refused, down, timed out) */
        String command(int n);

        FaultChecker.Result check(String fault, Set<String> acknowledged) throws Exception;
    }

    /** Registrations of models, {@value #PER_CAMPAIGN} a campaign; checked from registration to reporting. */
    private static final class Registrations implements Load {
        private final List<String> campaigns = new ArrayList<>();

        @Override
        public void prepare() throws Exception {
            for (int i = 0; i < (COMMANDS + PER_CAMPAIGN - 1) / PER_CAMPAIGN; i++) campaigns.add(launchCampaign());
        }

        @Override
        public String command(int n) {
            int slot = n - 1;
            return register(campaigns.get(slot / PER_CAMPAIGN), COMMUNES.get(slot % COMMUNES.size()),
                    "Mô hình tải " + n);
        }

        @Override
        public FaultChecker.Result check(String fault, Set<String> acknowledged) throws Exception {
            return checker.check(fault, campaigns, acknowledged, EVENTUALLY);
        }
    }

    /**
     * Award proposals of persons of Vĩnh Linh's communes for a Giấy khen, by the district's board, in rounds of
     * a campaign opened by its council ({@value #PER_ROUND} a round); checked from award's store to reporting.
     */
    private static final class AwardProposals implements Load {
        private final List<String> rounds = new ArrayList<>();

        @Override
        public void prepare() throws Exception {
            String campaign = launchCampaign();
            for (int i = 0; i < (COMMANDS + PER_ROUND - 1) / PER_ROUND; i++) {
                HttpResponse<String> opened = send(COUNCIL, "POST", award("/api/award-rounds"), """
                        {"name":"Khen thưởng (kiểm thử sự cố) %d","kind":"THEMATIC","campaignId":"%s",
                         "councilUnitId":"D464","proposalDeadline":"%s","formCodes":["GIAY_KHEN"]}"""
                        .formatted(i + 1, campaign, java.time.LocalDate.now().plusYears(1)));
                assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
                String round = JSON.readTree(opened.body()).get("roundId").asText();
                // proposing reads the round's view
                await().atMost(EVENTUALLY).until(() -> send(BOARD, "GET", award("/api/award-rounds/" + round), null)
                        .statusCode() == 200);
                rounds.add(round);
            }
        }

        @Override
        public String command(int n) {
            try {
                HttpResponse<String> response = send(BOARD, "POST",
                        award("/api/award-rounds/" + rounds.get((n - 1) / PER_ROUND) + "/proposals"), """
                        {"recipientKind":"INDIVIDUAL","name":"Cá nhân tải %d","position":"Trưởng thôn",
                         "unitId":"%s","formCode":"GIAY_KHEN","summary":"Thành tích trong phong trào",
                         "reportReference":"BC-%d"}"""
                        .formatted(n, COMMUNES.get((n - 1) % COMMUNES.size()), n));
                return response.statusCode() == 201 ? JSON.readTree(response.body()).get("proposalId").asText() : null;
            } catch (Exception e) {
                return null;
            }
        }

        private static String award(String path) {
            return stack.serviceUrl("award") + path;
        }

        @Override
        public FaultChecker.Result check(String fault, Set<String> acknowledged) throws Exception {
            return checker.checkAwards(fault, rounds, acknowledged, EVENTUALLY);
        }
    }

    /**
     * {@link #COMMANDS} commands from four clients, spread over the fault: it strikes once 30% were acknowledged;
     * the load goes on while it lasts (a client refused waits for its end) and the last 20% are sent only after
     * it, so the service also recovers under load. Then the checker's verdict becomes a row.
     */
    private static void row(String fault, Fault strike) throws Exception {
        row(fault, new Registrations(), strike);
    }

    private static void row(String fault, Load load, Fault strike) throws Exception {
        long began = System.nanoTime();
        load.prepare();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch struck = new CountDownLatch(1);
        CountDownLatch over = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                for (int n = attempts.incrementAndGet(); n <= COMMANDS; n = attempts.incrementAndGet()) {
                    if (n > COMMANDS * 8 / 10) over.await(5, TimeUnit.MINUTES);
                    String id = load.command(n);
                    if (id != null) {
                        acknowledged.add(id);
                    } else if (struck.getCount() == 0) {
                        over.await(5, TimeUnit.MINUTES);
                    }
                }
                return null;
            });
        }
        int before;
        int during;
        try {
            await().atMost(LOAD_PATIENCE).until(() -> acknowledged.size() >= COMMANDS * 3 / 10);
            before = acknowledged.size();
            struck.countDown();
            strike.strike();
            during = acknowledged.size() - before;
        } finally {
            over.countDown();
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(LOAD_PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        int after = acknowledged.size() - before - during;
        FaultChecker.Result result = load.check(fault, acknowledged);
        String row = result.row(before, during, after, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
        TABLE.add(row);
        System.out.printf("%n%s%n%s%n%s%n", FaultChecker.header(), row, String.join("\n", result.problems()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.lost()).isZero();
        assertThat(result.doubled()).isZero();
        assertThat(result.acknowledged()).isGreaterThan(COMMANDS * 3 / 10);
    }

    /** How often the service's log tells that the relay could not publish and will retry. */
    private static int relayRetries(String service) throws IOException {
        String log = new String(Files.readAllBytes(stack.logFile(service)), StandardCharsets.UTF_8);
        return log.split("the relay will retry", -1).length - 1;
    }

    private static boolean healthUp(String service) {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(service)
                    + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }

    private static int membersOf(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.infrastructure().kafkaBootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group)
                    .members().size();
        }
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
    static String register(String campaign, String unit, String title) {
        try {
            HttpResponse<String> response = send(DATA_ENTRY, "POST", stack.serviceUrl("registration") + "/api/models", """
                    {"campaignId":"%s","unitId":"%s","registrantKind":"COLLECTIVE","novelty":"NEW",
                     "title":"%s","field":"NEW_RURAL_CONSTRUCTION"}""".formatted(campaign, unit, title));
            return response.statusCode() == 201 ? JSON.readTree(response.body()).get("modelId").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static HttpResponse<String> send(String user, String method, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", tokens.bearer(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
