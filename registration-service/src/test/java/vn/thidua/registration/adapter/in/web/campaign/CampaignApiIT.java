package vn.thidua.registration.adapter.in.web.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.contracts.CampaignAmended;
import vn.thidua.contracts.CampaignClosed;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.contracts.Topics;
import vn.thidua.registration.support.Callers;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Campaigns over REST on real PostgreSQL, Kafka and the MongoDB stand-in. */
@RegistrationTest
class CampaignApiIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void subscribe(CloudEventRecords connected) {
        records = connected;
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @BeforeEach
    void organiserInTheTree() {
        new ModelFixtures(http).district(ORGANISER);
    }

    private static String newId() {
        return "thu-nghiem-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A test district (no bundled tree has its code), the organiser of the test campaigns. */
    private static final String ORGANISER = "DT464";
    /** Ban Dân vận of the organiser. */
    private static final TestUser BOARD = TestUser.of("ban-dan-van", ORGANISER, "BOARD_OFFICER");

    private static HttpHeaders headers(TestUser caller) {
        HttpHeaders headers = Callers.headers(caller);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Correlation-Id", "corr-" + UUID.randomUUID());
        return headers;
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return post(path, body, BOARD);
    }

    private ResponseEntity<JsonNode> post(String path, Object body, TestUser caller) {
        return http.postForEntity(path, new HttpEntity<>(body, headers(caller)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String path, Object body) {
        return put(path, body, BOARD);
    }

    private ResponseEntity<JsonNode> put(String path, Object body, TestUser caller) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers(caller)), JsonNode.class);
    }

    private static Map<String, Object> campaign(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", id);
        body.put("organiserUnitId", ORGANISER);
        body.put("name", "Phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025");
        body.put("description", "Thử nghiệm");
        body.put("startYear", 2023);
        body.put("endYear", 2025);
        body.put("registrationWindows", List.of(
                Map.of("name", "Đợt 1", "opensOn", "2023-01-01", "dueOn", "2023-08-31"),
                Map.of("name", "Đợt 2 (mô hình phát sinh)", "opensOn", "2023-09-01", "dueOn", "2024-02-29")));
        body.put("milestones", List.of(Map.of("kind", "PRELIMINARY_REVIEW", "title", "Sơ kết", "dueOn", "2024-08-25"),
                Map.of("kind", "FINAL_REVIEW", "title", "Tổng kết", "dueOn", "2025-12-31")));
        body.put("coverageTargets", List.of(Map.of("unitKind", "agency", "comparison", "MORE_THAN", "percent", 80),
                Map.of("unitKind", "commune", "comparison", "AT_LEAST", "percent", 100),
                Map.of("unitKind", "village", "comparison", "MORE_THAN", "percent", 75)));
        body.put("modelsPerUnitPerYear", 1);
        return body;
    }

    private <T> T published(String id, Class<T> type) {
        return published(id, type, true);
    }

    /** The event published for the campaign, after checking its CloudEvents headers. */
    private <T> T published(String id, Class<T> type, boolean fromThisTest) {
        String ceType = "vn.thidua." + type.getSimpleName() + ".v1";
        ConsumerRecord<byte[], byte[]> record = await().atMost(Duration.ofSeconds(90)).until(() -> topic.find(r ->
                id.equals(CloudEventRecords.key(r)) && ceType.equals(CloudEventRecords.header(r, "ce_type")))
                .orElse(null), r -> r != null);
        assertThat(CloudEventRecords.header(record, "ce_id")).isNotBlank();
        assertThat(CloudEventRecords.header(record, "ce_source")).isEqualTo("/thidua/registration-service");
        assertThat(CloudEventRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventRecords.header(record, "ce_subject")).isEqualTo(id);
        assertThat(CloudEventRecords.header(record, "ce_time")).isNotBlank();
        if (fromThisTest) assertThat(CloudEventRecords.header(record, "ce_correlationid")).startsWith("corr-");
        try {
            return CloudEventRecords.JSON.readValue(record.value(), type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode awaitView(String id, java.util.function.Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var view = Callers.as(http, Callers.officer("WX19390")).getForEntity("/api/campaigns/" + id, JsonNode.class);
            return view.getStatusCode() == HttpStatus.OK ? view.getBody() : null;
        }, view -> view != null && until.test(view));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void launchAmendAndCloseArePublishedAsCloudEventsAndShownInTheView() {
        String id = newId();
        var launched = post("/api/campaigns", campaign(id));
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(launched.getHeaders().getLocation()).hasToString("/api/campaigns/" + id);

        CampaignLaunched launchEvent = published(id, CampaignLaunched.class);
        assertThat(launchEvent.organiserUnitId()).isEqualTo(ORGANISER);
        assertThat(launchEvent.startYear()).isEqualTo(2023);
        assertThat(launchEvent.registrationWindows()).extracting(RegistrationWindow::dueOn)
                .containsExactly(LocalDate.of(2023, 8, 31), LocalDate.of(2024, 2, 29));
        assertThat(launchEvent.coverageTargets()).contains(new CoverageTarget("commune", TargetComparison.AT_LEAST, 100));
        assertThat(launchEvent.actor().userId()).isEqualTo("ban-dan-van");
        assertThat(launchEvent.actor().unitId()).isEqualTo(ORGANISER);
        JsonNode view = awaitView(id, v -> v.get("status").asText().equals("OPEN"));
        assertThat(view.get("registrationWindows")).hasSize(2);
        assertThat(view.get("milestones").get(0).get("kind").asText()).isEqualTo("PRELIMINARY_REVIEW");

        var amended = campaign(id);
        amended.put("name", "Phong trào “Dân vận khéo” 2023 – 2025 (điều chỉnh)");
        amended.put("coverageTargets", List.of(Map.of("unitKind", "agency", "comparison", "MORE_THAN", "percent", 85)));
        amended.put("modelsPerUnitPerYear", 2);
        assertThat(put("/api/campaigns/" + id, amended).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        CampaignAmended amendEvent = published(id, CampaignAmended.class);
        assertThat(amendEvent.name()).endsWith("(điều chỉnh)");
        assertThat(amendEvent.coverageTargets()).containsExactly(new CoverageTarget("agency", TargetComparison.MORE_THAN, 85));
        assertThat(amendEvent.milestones()).hasSize(2).first().extracting(m -> m.kind()).isEqualTo(MilestoneKind.PRELIMINARY_REVIEW);
        awaitView(id, v -> v.get("modelsPerUnitPerYear").asInt() == 2 && v.get("coverageTargets").size() == 1);

        assertThat(post("/api/campaigns/" + id + "/closure", Map.of("reason", "Đã tổng kết")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        CampaignClosed closeEvent = published(id, CampaignClosed.class);
        assertThat(closeEvent.reason()).isEqualTo("Đã tổng kết");
        JsonNode closed = awaitView(id, v -> v.get("status").asText().equals("CLOSED"));
        assertThat(closed.get("closedAt").asText()).isNotBlank();
        assertThat(closed.get("closeReason").asText()).isEqualTo("Đã tổng kết");

        // closed: no more amendments, no second closure (409, state conflict)
        var refused = put("/api/campaigns/" + id, amended);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("messageVi").asText()).contains("đã kết thúc");
        assertThat(post("/api/campaigns/" + id + "/closure", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void newestCampaignIsListedFirst() {
        String older = newId();
        String newer = newId();
        post("/api/campaigns", campaign(older));
        post("/api/campaigns", campaign(newer));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> ids = new ArrayList<>();
            Callers.as(http, Callers.officer("WX19390")).getForObject("/api/campaigns", JsonNode.class).forEach(c -> ids.add(c.get("campaignId").asText()));
            assertThat(ids).contains(older, newer);
            assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        });
    }

    @Test
    void invalidLaunchNamesSeveralFieldsAtOnceInBothLanguagesAndStoresNothing() {
        Long before = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        var body = campaign("Vĩnh Linh!");
        body.put("name", " ");
        body.put("startYear", 2025);
        body.put("endYear", 2023);
        body.put("registrationWindows", List.of(
                Map.of("name", "Đợt 1", "opensOn", "2023-08-31", "dueOn", "2023-03-01")));
        body.put("coverageTargets", List.of(Map.of("unitKind", "agency", "comparison", "MORE_THAN", "percent", 120),
                Map.of("unitKind", "agency", "comparison", "AT_LEAST", "percent", 50)));
        body.put("modelsPerUnitPerYear", 0);

        var response = post("/api/campaigns", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = response.getBody();
        assertThat(fields(problem)).containsExactly("campaignId", "name", "endYear", "registrationWindows[0].dueOn",
                "coverageTargets[0].percent", "coverageTargets[1].unitKind", "modelsPerUnitPerYear");
        assertThat(problem.get("errors").get(2).get("messageVi").asText()).contains("năm bắt đầu");
        assertThat(problem.get("errors").get(2).get("messageEn").asText()).contains("start year");
        assertThat(problem.toString()).doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void unreadableValuesAreNamedToo() {
        var body = campaign(newId());
        body.put("milestones", List.of(Map.of("kind", "HALF_YEAR", "title", "Sơ kết", "dueOn", "2024-06-30")));
        var response = post("/api/campaigns", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response.getBody())).containsExactly("milestones[0].kind");
        assertThat(response.getBody().get("errors").get(0).get("messageEn").asText()).contains("PRELIMINARY_REVIEW");
    }

    @Test
    void aCampaignIdAlreadyInUseIsAConflict() {
        String id = newId();
        assertThat(post("/api/campaigns", campaign(id)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var again = campaign(id);
        again.put("name", "Một phong trào khác");
        var response = post("/api/campaigns", again);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("code").asText()).isEqualTo("campaign-exists");
        assertThat(response.getBody().get("messageVi").asText()).contains(id).contains("đã được sử dụng");
        JsonNode view = awaitView(id, v -> true);
        assertThat(view.get("name").asText()).isEqualTo("Phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025");
    }

    @Test
    void anUnknownCampaignReadsAs404AndIsRefusedToChange() {
        var get = Callers.as(http, Callers.officer("WX19390")).getForEntity("/api/campaigns/khong-co", JsonNode.class);
        assertThat(get.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get.getBody().get("messageVi").asText()).contains("Không tìm thấy phong trào thi đua khong-co");
        // reading is reference data (404 above); changing one is the organiser's: refused as outside its subtree
        assertThat(put("/api/campaigns/khong-co", campaign("khong-co")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/campaigns/khong-co/closure", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void seedDemoLaunchesTheThreeSeedCampaignsOnce() {
        assertThat(post("/api/campaigns/seed-demo", null).getStatusCode()).as("configuration, not the board's")
                .isEqualTo(HttpStatus.FORBIDDEN);
        var first = post("/api/campaigns/seed-demo", null, Callers.ADMINISTRATOR);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        var second = post("/api/campaigns/seed-demo", null, Callers.ADMINISTRATOR);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("launched")).isEmpty();
        List<String> seeds = List.of("don-duong-2020", "ban-dan-toc-lang-son-2021-2025", "vinh-linh-2023-2025");
        List<String> present = new ArrayList<>();
        second.getBody().get("alreadyPresent").forEach(n -> present.add(n.asText()));
        assertThat(present).containsExactlyInAnyOrderElementsOf(seeds);

        JsonNode vinhLinh = awaitView("vinh-linh-2023-2025", v -> true);
        assertThat(vinhLinh.get("organiserUnitId").asText()).isEqualTo("D464");
        assertThat(vinhLinh.get("registrationWindows").get(1).get("dueOn").asText()).isEqualTo("2024-02-29");
        assertThat(vinhLinh.get("coverageTargets").toString())
                .contains("\"unitKind\":\"village\",\"comparison\":\"MORE_THAN\",\"percent\":75");
        assertThat(awaitView("don-duong-2020", v -> true).get("milestones")).hasSize(6);

        // one launch each on the topic, however often the seeding ran
        for (String seed : seeds) {
            published(seed, CampaignLaunched.class, false); // another test class may have seeded first
            assertThat(topic.all(r -> seed.equals(CloudEventRecords.key(r))
                    && "vn.thidua.CampaignLaunched.v1".equals(CloudEventRecords.header(r, "ce_type")))).hasSize(1);
        }
    }

    @Test
    void operationsAreDocumentedInBothLanguages() {
        String docs = http.getForObject("/v3/api-docs", String.class);
        assertThat(docs).contains("/api/campaigns/{campaignId}/closure").contains("/api/campaigns/seed-demo")
                .contains("Phát động phong trào thi đua / Launch a campaign")
                .contains("Điều chỉnh phong trào đang diễn ra / Amend an open campaign");
    }

    @Test
    void onlyTheOrganisersBoardLaunchesAmendsAndClosesItsCampaign() {
        String id = newId();
        assertThat(post("/api/campaigns", campaign(id), Callers.officer(ORGANISER)).getStatusCode())
                .as("a unit officer launches nothing").isEqualTo(HttpStatus.FORBIDDEN);
        TestUser otherBoard = TestUser.of("ban-dan-van-khac", "DT465", "BOARD_OFFICER");
        assertThat(post("/api/campaigns", campaign(id), otherBoard).getStatusCode())
                .as("nor does the board of another district for this one").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/campaigns", campaign(id)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        awaitView(id, v -> v.get("status").asText().equals("OPEN"));

        var amended = campaign(id);
        amended.put("name", "Đổi tên hộ");
        assertThat(put("/api/campaigns/" + id, amended, otherBoard).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/campaigns/" + id + "/closure", Map.of(), otherBoard).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(awaitView(id, v -> true).get("name").asText()).isNotEqualTo("Đổi tên hộ");
        assertThat(awaitView(id, v -> true).get("status").asText()).isEqualTo("OPEN");
    }
}
