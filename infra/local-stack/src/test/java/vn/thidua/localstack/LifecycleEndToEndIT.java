package vn.thidua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.WithInfrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole lifecycle across the four services, each started from its own jar as teams deploy them, behind the
 * real development identity provider ({@code infra/identity}), on shared infrastructure: every call is made as a
 * demo user signed in there (password grant of the command-line client; the browser test through its sign-in
 * form), so the access rules are the real ones — register → review (routing by hand, dossier, meeting) →
 * recognise → propose → decide, then coverage.
 */
@WithInfrastructure
class LifecycleEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);

    // demo users of infra/identity (README: demo users)
    private static final String BOARD = "bandanvan.vinhlinh";          // Ban Dân vận huyện Vĩnh Linh, D464
    private static final String DATA_ENTRY = "nhaplieu.vinhlinh";      // unit + managing-unit officer, D464
    private static final String RECOGNISER = "congnhan.vinhlinh";      // recognising authority, D464
    private static final String COUNCIL = "hoidong.vinhlinh";          // Hội đồng thi đua, D464
    private static final String VIEWER = "xem.vinhlinh";               // viewer, D464
    private static final String HO_XA = "canbo.hoxa";                  // unit officer, commune W19363
    private static final String VINH_THAI = "canbo.vinhthai";          // unit officer, commune W19369

    @TempDir
    static Path data;
    private static RunningStack stack;
    private static PasswordGrantTokens tokens;
    private static StackCalls calls;

    @BeforeAll
    static void startServices(Infrastructure infrastructure) {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        stack = LocalStack.start(new LocalStack.Options().root(root).dataDir(data).randomPorts()
                .infrastructure(infrastructure).demo(true).jvmArgs("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xss512k")
                .healthTimeout(Duration.ofMinutes(6)));
        tokens = new PasswordGrantTokens(stack.serviceUrl(LocalStack.IDENTITY), DemoData.DEMO_PASSWORD);
        calls = new StackCalls(stack, EVENTUALLY);
        // the administrator loads the 2025-03-01 tree: province 45 → district D464 Vĩnh Linh → its communes
        demoData().importReferenceTree();
    }

    private static DemoData demoData() {
        return new DemoData(stack.serviceUrl("registration"), stack.serviceUrl("review"), stack.serviceUrl("award"),
                stack.serviceUrl(LocalStack.IDENTITY), System.out, Duration.ofMinutes(5));
    }

    /** Launches an open campaign of the Vĩnh Linh board with a registration window still open. */
    private static String launchCampaign(String prefix) throws Exception {
        return calls.launchCampaign(BOARD, prefix, 1);
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) stack.close();
    }

    private static JsonNode call(String user, String method, String url, String body, int expectedStatus) throws Exception {
        return calls.call(user, method, url, body, expectedStatus);
    }

    private static int status(String user, String method, String url) throws Exception {
        return calls.status(user, method, url);
    }

    private static String url(String service, String path) {
        return calls.url(service, path);
    }

    private static String register(String user, String campaign, String unit) throws Exception {
        return register(user, campaign, unit, "Dân vận khéo trong xây dựng nông thôn mới");
    }

    private static String register(String user, String campaign, String unit, String title) throws Exception {
        return calls.register(user, campaign, unit, title);
    }

    /** The review case of a model, once the recognising authority of Vĩnh Linh sees it (its tree copy has the unit). */
    private static String reviewCaseOf(String modelId) {
        return await().atMost(EVENTUALLY).until(() -> {
            JsonNode cases = call(RECOGNISER, "GET", url("review-service", "/api/review-cases?modelId=" + modelId), null, 200);
            return cases.isEmpty() ? null : cases.get(0).get("reviewCaseId").asText();
        }, id -> id != null);
    }

    private static JsonNode coverageOf(String campaign, String unit) throws Exception {
        JsonNode coverage = call(VIEWER, "GET", url("reporting-service", "/api/campaigns/" + campaign + "/coverage"), null, 200);
        for (JsonNode row : coverage.get("units")) {
            if (row.get("unitId").asText().equals(unit)) return row;
        }
        return null;
    }

    @Test
    void modelGoesFromRegistrationThroughRecognitionToAwardAndCoverageCountsIt() throws Exception {
        String campaign = launchCampaign("e2e");
        String awarded = register(HO_XA, campaign, "W19363");
        String onlyRegistered = register(HO_XA, campaign, "W19363");
        register(DATA_ENTRY, campaign, "W19366");

        // a commune's officer reads its own model, not a neighbour's, and cannot recognise anything
        call(HO_XA, "GET", url("registration-service", "/api/models/" + awarded), null, 200);
        assertThat(status(VINH_THAI, "GET", url("registration-service", "/api/models/" + awarded))).isEqualTo(403);
        DemoData review = demoData();
        // no rule routes a commune of the 2025-03-01 tree on today's table: the board routes it to the district
        String reviewCase = review.openReviewCase(awarded, BOARD, RECOGNISER, "D464");
        String recognition = url("review-service", "/api/review-cases/" + reviewCase + "/recognition");
        String decision = review.decision("12-QĐ/HU").toString();
        call(HO_XA, "POST", recognition, decision, 403);
        // the authority recognises only after a meeting passed and with the whole recognition dossier
        assertThat(call(RECOGNISER, "POST", recognition, decision, 409).get("code").asText())
                .isEqualTo("meeting-not-passed");
        review.prepareForRecognition(reviewCase, RECOGNISER, false);
        JsonNode incomplete = call(RECOGNISER, "POST", recognition, decision, 409);
        assertThat(incomplete.get("code").asText()).isEqualTo("dossier-incomplete");
        assertThat(incomplete.get("messageVi").asText()).contains("3 thành phần");
        review.supplyRecognitionDossier(awarded, HO_XA);
        review.recognise(reviewCase, RECOGNISER, "12-QĐ/HU");

        String proposal = await().atMost(EVENTUALLY).ignoreExceptions().until(() -> call(BOARD, "POST",
                url("award-service", "/api/models/" + awarded + "/award-proposals"),
                "{\"awardForm\":\"CERTIFICATE_OF_MERIT\",\"reason\":\"Mô hình tiêu biểu\"}", 201)
                .get("proposalId").asText(), id -> id != null);
        // the board proposes, the council decides
        call(BOARD, "POST", url("award-service", "/api/models/" + awarded + "/award-proposals/" + proposal + "/decision"),
                "{\"outcome\":\"APPROVED\",\"decisionNumber\":\"123/QĐ-UBND\"}", 403);
        call(COUNCIL, "POST", url("award-service", "/api/models/" + awarded + "/award-proposals/" + proposal + "/decision"),
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

    /**
     * Award hears of a model only when it is recognised, so an unrecognised one is unknown to it: refused with the
     * same 403 as a model outside the proposer's subtree (no oracle), and nothing is proposed.
     */
    @Test
    void proposingAnAwardForAnUnrecognisedModelIsRefused() throws Exception {
        String model = register(VINH_THAI, launchCampaign("e2e"), "W19369");
        reviewCaseOf(model);
        JsonNode problem = await().atMost(EVENTUALLY).ignoreExceptions().until(() -> call(BOARD, "POST",
                url("award-service", "/api/models/" + model + "/award-proposals"),
                "{\"awardForm\":\"CERTIFICATE_OF_MERIT\"}", 403), p -> p != null);
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.toString()).doesNotContain(model);
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndTheirEventsArriveAfterItReturns() throws Exception {
        String campaign = launchCampaign("e2e-down");
        stack.stopKafka();
        String model;
        try {
            model = register(DATA_ENTRY, campaign, "W19372");
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
        DemoData demo = demoData();
        FaultChecker topics = new FaultChecker(stack.infrastructure());
        // the infrastructure is shared with the other classes of this JVM: count what was there before
        long deadLettersBefore = topics.deadLetters();
        assertThat(demo.load()).as("models registered by the first load").isGreaterThanOrEqualTo(3 * 5);

        JsonNode campaigns = call(VIEWER, "GET", url("registration-service", "/api/campaigns"), null, 200);
        assertThat(campaigns.findValuesAsText("campaignId"))
                .contains("vinh-linh-2023-2025", "don-duong-2020", "ban-dan-toc-lang-son-2021-2025");
        // the seed area's real tree and its generated villages are there
        JsonNode villages = call(HO_XA, "GET", url("registration-service", "/api/units?parentId=W19363"), null, 200);
        assertThat(villages.findValuesAsText("level")).contains("village");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode totals = call(VIEWER, "GET", url("reporting-service",
                    "/api/campaigns/vinh-linh-2023-2025/coverage"), null, 200).get("totals");
            assertThat(totals.get("recognized").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(totals.get("proposedForAward").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(totals.get("awarded").asInt()).isGreaterThanOrEqualTo(1);
        });

        reviewCasesInEveryStateAsVinhLinhsAuthoritySeesThem();

        assertThat(demo.load()).as("a second start loads nothing again").isZero();
        assertThat(topics.deadLetters()).as("records dead-lettered by any service while the demo loaded")
                .isEqualTo(deadLettersBefore);
    }

    /**
     * The Vĩnh Linh campaign's review cases, listed for its recognising authority: one in every state, the
     * supplement answered through registration shown answered there too, the withdrawn model's case closed.
     */
    private static void reviewCasesInEveryStateAsVinhLinhsAuthoritySeesThem() {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<JsonNode> cases = new ArrayList<>();
            call(RECOGNISER, "GET", url("review-service", "/api/review-cases?campaignId=vinh-linh-2023-2025"), null,
                    200).forEach(cases::add);
            Map<String, Predicate<JsonNode>> states = new LinkedHashMap<>();
            states.put("needs routing", c -> status(c, "NEEDS_ROUTING"));
            states.put("routed by hand, opened", c -> status(c, "OPEN") && c.path("routedByHand").asBoolean()
                    && c.path("surveys").isEmpty() && c.path("supplements").isEmpty() && absent(c.path("meeting")));
            states.put("surveyed", c -> status(c, "OPEN") && !c.path("surveys").isEmpty()
                    && c.path("supplements").isEmpty() && absent(c.path("meeting")));
            states.put("supplement requested", c -> status(c, "OPEN")
                    && pendingSupplementDue(c).filter(due -> due.isAfter(DemoData.vietnamToday().plusDays(1))).isPresent());
            states.put("supplement due by tomorrow (overdue after)", c -> status(c, "OPEN")
                    && pendingSupplementDue(c).filter(due -> !due.isAfter(DemoData.vietnamToday().plusDays(1))).isPresent());
            states.put("supplement received", c -> status(c, "OPEN") && stream(c.path("supplements"))
                    .anyMatch(s -> s.path("receivedAs").asText().equals("DOCUMENT") && !absent(s.path("receivedOn"))));
            states.put("meeting held", c -> status(c, "OPEN") && c.path("meeting").path("passed").asBoolean());
            states.put("recognised", c -> status(c, "RECOGNIZED"));
            states.put("declined", c -> status(c, "DECLINED") && !c.path("meeting").path("passed").asBoolean(true)
                    && !c.path("decision").path("reasons").isEmpty());
            states.put("revoked", c -> status(c, "REVOKED") && !c.path("decision").path("reasons").isEmpty());
            states.put("effectiveness assessed", c -> status(c, "RECOGNIZED") && !c.path("effectiveness").isEmpty());
            states.put("closed by withdrawal after routing", c -> status(c, "CLOSED")
                    && c.path("closedBecause").asText().equals("WITHDRAWN") && c.path("routedByHand").asBoolean());
            for (Map.Entry<String, Predicate<JsonNode>> state : states.entrySet()) {
                assertThat(cases).as(state.getKey()).anyMatch(state.getValue());
            }
            // registration heard the answer: the unit's model shows its supplement request answered
            JsonNode received = cases.stream().filter(states.get("supplement received")).findFirst().orElseThrow();
            JsonNode model = call(DATA_ENTRY, "GET", url("registration-service", "/api/models/"
                    + received.path("modelId").asText()), null, 200);
            assertThat(absent(model.path("supplementRequest").path("answeredOn"))).isFalse();
        });
    }

    private static boolean status(JsonNode reviewCase, String status) {
        return reviewCase.path("status").asText().equals(status);
    }

    private static boolean absent(JsonNode node) {
        return node.isNull() || node.isMissingNode();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static Optional<LocalDate> pendingSupplementDue(JsonNode reviewCase) {
        return stream(reviewCase.path("supplements")).filter(s -> absent(s.path("receivedOn")))
                .map(s -> LocalDate.parse(s.path("dueOn").asText())).findFirst();
    }

    /**
     * Every demo user of the identity provider (its application.yml, listed in the README) signs in with the shared
     * password and acts for a unit that exists in the 2025-03-01 tree, with known roles; together they hold every
     * role.
     */
    @Test
    void everyDemoUserSignsInForARealUnitAndTheRolesCoverEveryRole() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        String configuration = java.nio.file.Files.readString(root.resolve("infra/identity/src/main/resources/application-demo.yml"));
        java.util.regex.Matcher users = java.util.regex.Pattern.compile("- username: (\\S+)").matcher(configuration);
        java.util.Set<String> roles = new java.util.TreeSet<>();
        int count = 0;
        while (users.find()) {
            String user = users.group(1);
            String token = tokens.bearer(user).substring("Bearer ".length());
            JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertThat(claims.path("sub").asText()).isEqualTo(user);
            String unit = claims.path("unit_id").asText();
            JsonNode found = call(user, "GET", url("registration-service", "/api/units/" + unit), null, 200);
            assertThat(found.path("name").asText()).as("unit %s of %s", unit, user).isNotBlank();
            claims.path("roles").forEach(role -> roles.add(role.asText()));
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(19);
        assertThat(roles).containsExactlyInAnyOrder("UNIT_OFFICER", "MANAGING_UNIT_OFFICER", "RECOGNISING_AUTHORITY",
                "COUNCIL_MEMBER", "BOARD_OFFICER", "VIEWER", "ADMINISTRATOR");
    }

    /**
     * In a real browser: each commune's officer signs in through the identity provider's form (authorization code
     * with PKCE) and the models page shows its own commune's model, never the other's.
     */
    @Test
    void twoCommunesSignedInInTheBrowserSeeOnlyTheirOwnModels() throws Exception {
        String campaign = launchCampaign("e2e-browser");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String hoXaTitle = "Dân vận khéo khu phố Hồ Xá " + marker;
        String vinhThaiTitle = "Dân vận khéo thôn Vĩnh Thái " + marker;
        register(HO_XA, campaign, "W19363", hoXaTitle);
        register(VINH_THAI, campaign, "W19369", vinhThaiTitle);

        assertThat(modelsPageSignedInAs(HO_XA, marker)).contains(hoXaTitle).doesNotContain(vinhThaiTitle);
        assertThat(modelsPageSignedInAs(VINH_THAI, marker)).contains(vinhThaiTitle).doesNotContain(hoXaTitle);
    }

    /**
     * The reporting pages behind the same provider: the district's viewer signs in through the form and reads the
     * coverage of its board's campaign and the history of a commune's model, who did what.
     */
    @Test
    void aViewerSignedInInTheBrowserReadsCoverageAndAModelsHistory() throws Exception {
        String campaign = launchCampaign("e2e-reports");
        String model = register(HO_XA, campaign, "W19363", "Dân vận khéo xây dựng khu phố văn hóa");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(url("reporting-service", "/campaigns/" + campaign + "/coverage"));
            waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys(VIEWER);
            browser.findElement(By.id("password")).sendKeys(DemoData.DEMO_PASSWORD);
            browser.findElement(By.id("sign-in")).click();
            waiting.until(ExpectedConditions.urlContains(stack.serviceUrl("reporting-service") + "/campaigns/"));
            // reporting learns of the campaign and the model from Kafka: reload until it has
            await().atMost(EVENTUALLY).until(() -> {
                browser.get(url("reporting-service", "/models/" + model + "/history"));
                return browser.findElement(By.tagName("body")).getText().contains(HO_XA);
            });
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Đăng ký mô hình");
            await().atMost(EVENTUALLY).until(() -> {
                browser.get(url("reporting-service", "/campaigns/" + campaign + "/coverage"));
                return browser.findElement(By.tagName("h1")).getText().contains("Dân vận khéo (kiểm thử)");
            });
        } finally {
            browser.quit();
        }
    }

    /** The text of the registration service's models page (searched for {@code query}) after signing in as {@code user}. */
    private static String modelsPageSignedInAs(String user, String query) {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
            String models = url("registration-service", "/models?q=" + query);
            browser.get(models);
            // not signed in: the page sends the browser to the provider's sign-in form
            waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).startsWith(stack.serviceUrl(LocalStack.IDENTITY));
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(DemoData.DEMO_PASSWORD);
            browser.findElement(By.id("sign-in")).click();
            waiting.until(ExpectedConditions.urlContains(stack.serviceUrl("registration-service") + "/models"));
            return browser.findElement(By.tagName("body")).getText();
        } finally {
            browser.quit();
        }
    }
}
