package vn.thidua.registration.adapter.in.web.model;

import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.ModelFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.contracts.Topics;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registering, amending, confirming, locking and withdrawing models over REST, with what Kafka subscribers see. */
@RegistrationTest
class ModelRegistrationIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber registrationTopic;

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private ModelFixtures fixtures;
    private TestRestTemplate reader;
    private String campaign;

    @BeforeAll
    static void subscribe(CloudEventRecords connected) {
        records = connected;
        registrationTopic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        registrationTopic.close();
    }

    @BeforeEach
    void seed() {
        reader = Callers.as(http, Callers.DISTRICT_BOARD);
        fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("vinh-linh"));
    }

    private ResponseEntity<JsonNode> post(String path, Object body, String unit) {
        return post(path, body, Callers.officer(unit));
    }

    private ResponseEntity<JsonNode> post(String path, Object body, TestUser caller) {
        HttpHeaders headers = Callers.headers(caller);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Correlation-Id", "corr-" + UUID.randomUUID());
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private Map<String, Object> model(String title, String field) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", campaign);
        body.put("unitId", "WX19390");
        body.put("registrantKind", "COLLECTIVE");
        body.put("novelty", "NEW");
        body.put("title", title);
        body.put("field", field);
        body.put("content", "Vận động nhân dân hiến đất làm đường");
        body.put("method", "Họp dân; cán bộ, đảng viên làm trước");
        body.put("expectedResults", "5 km đường bê tông");
        body.put("startDate", LocalDate.now().plusMonths(2).toString());
        return body;
    }

    private String register(Map<String, Object> body) {
        ResponseEntity<JsonNode> response = post("/api/models", body, (String) body.get("unitId"));
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("modelId").asText();
    }

    private <T> T published(String modelId, Class<T> type) throws Exception {
        String ceType = "vn.thidua." + type.getSimpleName() + ".v1";
        ConsumerRecord<byte[], byte[]> record = await().atMost(Duration.ofSeconds(90)).until(() -> registrationTopic
                .find(r -> modelId.equals(CloudEventRecords.key(r)) && ceType.equals(CloudEventRecords.header(r, "ce_type")))
                .orElse(null), r -> r != null);
        assertThat(CloudEventRecords.header(record, "ce_subject")).isEqualTo(modelId);
        assertThat(CloudEventRecords.header(record, "ce_source")).isEqualTo("/thidua/registration-service");
        assertThat(CloudEventRecords.header(record, "ce_id")).isNotBlank();
        assertThat(CloudEventRecords.header(record, "ce_correlationid")).startsWith("corr-");
        return CloudEventRecords.JSON.readValue(record.value(), type);
    }

    private JsonNode view(String modelId, java.util.function.Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<JsonNode> response = reader.getForEntity("/api/models/" + modelId, JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK ? response.getBody() : null;
        }, v -> v != null && until.test(v));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void aRegistrationIsPublishedWithAllItsDetailsAndShownInTheView() throws Exception {
        Map<String, Object> body = model("Dân vận khéo trong xây dựng nông thôn mới", "NEW_RURAL_CONSTRUCTION");
        body.put("registrantKind", "INDIVIDUAL");
        body.put("novelty", "CONTINUING");
        body.put("individual", Map.of("fullName", "Nguyễn Thị Hương", "position", "Bí thư chi bộ", "workplace", "Thôn Tân Mỹ"));
        ResponseEntity<JsonNode> response = post("/api/models", body, "WX19390");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("late").asBoolean()).isFalse();
        assertThat(response.getBody().get("warnings")).isEmpty();
        String modelId = response.getBody().get("modelId").asText();

        ModelRegistered event = published(modelId, ModelRegistered.class);
        assertThat(event.campaignId()).isEqualTo(campaign);
        assertThat(event.managingUnitId()).as("defaults to the unit's parent").isEqualTo("DX198");
        assertThat(event.registrantKind()).isEqualTo(RegistrantKind.INDIVIDUAL);
        assertThat(event.individual()).isEqualTo(new IndividualRegistrant("Nguyễn Thị Hương", "Bí thư chi bộ", "Thôn Tân Mỹ"));
        assertThat(event.novelty()).isEqualTo(ModelNovelty.CONTINUING);
        assertThat(event.content()).isEqualTo("Vận động nhân dân hiến đất làm đường");
        assertThat(event.method()).isEqualTo("Họp dân; cán bộ, đảng viên làm trước");
        assertThat(event.expectedResults()).isEqualTo("5 km đường bê tông");
        assertThat(event.startDate()).isEqualTo(LocalDate.now().plusMonths(2));
        assertThat(event.late()).isFalse();
        assertThat(event.managingUnitConfirmationRequired()).isFalse();
        assertThat(event.actor()).isEqualTo(new Actor("can-bo-WX19390", "WX19390"));

        JsonNode view = view(modelId, v -> true);
        assertThat(view.get("titleFolded").asText()).isEqualTo("dan van kheo trong xay dung nong thon moi");
        assertThat(view.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(view.get("individual").get("fullName").asText()).isEqualTo("Nguyễn Thị Hương");
        assertThat(view.get("history").get(0).get("what").asText()).isEqualTo("REGISTERED");
        assertThat(view.get("history").get(0).get("who").asText()).isEqualTo("can-bo-WX19390");
    }

    @Test
    void everyBadFieldIsNamedInOneProblemAndNothingIsStored() {
        fixtures.closedCampaign("closed-" + campaign);
        Long before = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", "closed-" + campaign);
        body.put("unitId", "WX-CLOSED");
        body.put("managingUnitId", "NO-SUCH-UNIT");
        body.put("registrantKind", "COLLECTIVE");
        body.put("individual", Map.of("fullName", "Lê Văn B"));
        body.put("title", " ");
        body.put("field", "ECONOMY");
        body.put("content", "x".repeat(4001));
        body.put("startDate", "1999-05-01");
        body.put("replicaOf", "no-such-model");

        ResponseEntity<JsonNode> response = post("/api/models", body, "DX198");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(response.getBody())).containsExactly("campaignId", "unitId", "managingUnitId",
                "individual.fullName", "novelty", "title", "content", "startDate", "replicaOf");
        assertThat(response.getBody().get("messageVi").asText()).startsWith("Dữ liệu không hợp lệ");
        assertThat(response.getBody().get("errors").get(0).get("messageEn").asText()).contains("closed");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class)).isEqualTo(before);

        body.put("campaignId", "no-such-campaign");
        body.put("unitId", "NO-SUCH-UNIT");
        assertThat(fields(post("/api/models", body, "DX198").getBody())).startsWith("campaignId", "unitId");
    }

    @Test
    void aRegistrationAfterTheLastDueDateIsAcceptedAndFlaggedLate() throws Exception {
        campaign = fixtures.pastDueCampaign(ModelFixtures.unique("past-due"));
        ResponseEntity<JsonNode> response = post("/api/models", model("Mô hình phát sinh muộn", "ECONOMY"), "WX19390");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("late").asBoolean()).isTrue();
        String modelId = response.getBody().get("modelId").asText();
        assertThat(published(modelId, ModelRegistered.class).late()).isTrue();
        assertThat(view(modelId, v -> true).get("late").asBoolean()).isTrue();
    }

    @Test
    void theSameTitleWithoutDiacriticsIsRegisteredWithADuplicateWarning() {
        String first = register(model("Dân vận khéo", "ECONOMY"));
        view(first, v -> true);

        ResponseEntity<JsonNode> second = post("/api/models", model("  DAN VAN   kheo ", "ECONOMY"), "WX19390");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode warning = second.getBody().get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("possible-duplicate");
        assertThat(warning.get("modelId").asText()).isEqualTo(first);
        assertThat(warning.get("title").asText()).isEqualTo("Dân vận khéo");
        assertThat(warning.get("messageVi").asText()).contains("trùng tên");
        assertThat(warning.get("messageEn").asText()).contains("same title");

        // another unit, or the same title after withdrawal, is no duplicate
        Map<String, Object> otherUnit = model("Dân vận khéo", "ECONOMY");
        otherUnit.put("unitId", "WX19391");
        assertThat(post("/api/models", otherUnit, "WX19391").getBody().get("warnings")).isEmpty();
    }

    @Test
    void anOtherFieldModelCountsOnceItsManagingUnitConfirmsAndAgainAfterAnAmendment() throws Exception {
        String modelId = register(model("Dân vận khéo trong chuyển đổi số", "OTHER"));
        assertThat(published(modelId, ModelRegistered.class).managingUnitConfirmationRequired()).isTrue();

        // the registering unit cannot confirm its own content, nor can the managing officer of another district
        ResponseEntity<JsonNode> byUnit = post("/api/models/" + modelId + "/content-confirmation", null, "WX19390");
        assertThat(byUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> byOther = post("/api/models/" + modelId + "/content-confirmation", null,
                Callers.managingOfficer("DX199"));
        assertThat(byOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byOther.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(byOther.getBody().get("code").asText()).isEqualTo("forbidden");

        assertThat(post("/api/models/" + modelId + "/content-confirmation", null, Callers.managingOfficer("DX198"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ModelContentConfirmed confirmed = published(modelId, ModelContentConfirmed.class);
        assertThat(confirmed.confirmedByUnitId()).isEqualTo("DX198");
        assertThat(confirmed.actor().unitId()).isEqualTo("DX198");
        JsonNode view = view(modelId, v -> !v.get("contentConfirmationRequired").asBoolean());
        assertThat(view.get("contentConfirmedBy").asText()).isEqualTo("DX198");

        assertThat(post("/api/models/" + modelId + "/amendment", Map.of("title", "Dân vận khéo trong chuyển đổi số",
                "field", "OTHER", "content", "Hướng dẫn người dân dùng dịch vụ công trực tuyến"), "WX19390")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(published(modelId, ModelAmended.class).contentConfirmationRequired()).isTrue();
        view = view(modelId, v -> v.get("contentConfirmationRequired").asBoolean());
        assertThat(view.has("contentConfirmedBy")).isFalse();
        assertThat(view.get("history")).extracting(h -> h.get("what").asText())
                .containsExactly("REGISTERED", "CONTENT_CONFIRMED", "AMENDED");
    }

    @Test
    void aModelIsAmendedUntilTheReviewServiceRecognisesIt() throws Exception {
        String modelId = register(model("Dân vận khéo ở khu dân cư", "CULTURE_SOCIETY"));
        ResponseEntity<JsonNode> amended = post("/api/models/" + modelId + "/amendment",
                Map.of("title", "Dân vận khéo ở khu dân cư kiểu mẫu", "field", "CULTURE_SOCIETY",
                        "startDate", "2024-09-01", "reason", "Bổ sung tên"), "WX19390");
        assertThat(amended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ModelAmended event = published(modelId, ModelAmended.class);
        assertThat(event.title()).isEqualTo("Dân vận khéo ở khu dân cư kiểu mẫu");
        assertThat(event.campaignId()).isEqualTo(campaign);
        assertThat(event.startDate()).isEqualTo(LocalDate.of(2024, 9, 1));

        records.send(new ModelRecognized("review-" + modelId, modelId, campaign, "WX19390", "DX198",
                new Actor("huyen-uy", "DX198"), Instant.now()));
        JsonNode view = view(modelId, v -> v.get("locked").asBoolean());
        assertThat(view.get("status").asText()).isEqualTo("RECOGNIZED");
        assertThat(view.get("titleFolded").asText()).isEqualTo("dan van kheo o khu dan cu kieu mau");

        ResponseEntity<JsonNode> refused = post("/api/models/" + modelId + "/amendment",
                Map.of("title", "Tên khác", "field", "CULTURE_SOCIETY"), "WX19390");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("review-started");
        assertThat(refused.getBody().get("messageVi").asText()).contains("xét công nhận");
    }

    @Test
    void aSupplementRequestReopensTheModelOnceAndTheUnitOfficerSeesItUntilAnswered() throws Exception {
        String modelId = register(model("Dân vận khéo giữ gìn đường làng", "CULTURE_SOCIETY"));
        String reviewCase = "review-" + modelId;
        records.send(new ModelRecognized(reviewCase, modelId, campaign, "WX19390", "DX198",
                new Actor("huyen-uy", "DX198"), Instant.now()));
        view(modelId, v -> v.get("locked").asBoolean());

        LocalDate due = LocalDate.now().plusDays(20);
        SupplementRequested request = new SupplementRequested(reviewCase, modelId, campaign, "WX19390", "req-1",
                "Bổ sung báo cáo thành tích có xác nhận của Đảng ủy xã", due, new Actor("huyen-uy", "DX198"),
                Instant.now());
        String eventId = "supplement-" + UUID.randomUUID();
        records.send(request, eventId);
        records.send(request, eventId); // redelivered: applied once
        JsonNode reopened = view(modelId, v -> !v.get("locked").asBoolean());
        assertThat(reopened.get("supplementRequest").get("requestId").asText()).isEqualTo("req-1");
        assertThat(reopened.get("supplementRequest").get("dueOn").asText()).isEqualTo(due.toString());
        assertThat(post("/api/models/" + modelId + "/amendment", Map.of("title", "Dân vận khéo giữ gìn đường làng",
                "field", "CULTURE_SOCIETY", "content", "Thêm kết quả 2024", "reason", "Bổ sung theo yêu cầu"),
                "WX19390").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String page = PageSession.signedIn(port, Callers.officer("WX19390")).get("/models/" + modelId).body();
        assertThat(page).contains("Yêu cầu bổ sung", "Bổ sung báo cáo thành tích có xác nhận của Đảng ủy xã",
                due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "Chờ đơn vị bổ sung");

        records.send(new SupplementReceived(reviewCase, modelId, campaign, "WX19390", "req-1", "AMENDMENT", null,
                LocalDate.now(), false, new Actor("can-bo-WX19390", "WX19390"), Instant.now()));
        JsonNode answered = view(modelId, v -> v.path("supplementRequest").hasNonNull("answeredOn"));
        List<String> what = new ArrayList<>();
        answered.get("history").forEach(h -> what.add(h.get("what").asText()));
        assertThat(what).containsExactly("REGISTERED", "RECOGNIZED", "SUPPLEMENT_REQUESTED", "AMENDED",
                "SUPPLEMENT_ANSWERED");
        assertThat(PageSession.signedIn(port, Callers.officer("WX19390")).get("/models/" + modelId + "?lang=en")
                .body()).contains("Supplemented on " + LocalDate.now().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void aWithdrawalWithItsReasonIsPublishedAndShown() throws Exception {
        String modelId = register(model("Mô hình rút đăng ký", "ECONOMY"));
        ResponseEntity<JsonNode> noReason = post("/api/models/" + modelId + "/withdrawal", Map.of("reason", " "), "WX19390");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noReason.getBody())).containsExactly("reason");

        assertThat(post("/api/models/" + modelId + "/withdrawal", Map.of("reason", "Đơn vị sáp nhập"), "WX19390")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ModelWithdrawn withdrawn = published(modelId, ModelWithdrawn.class);
        assertThat(withdrawn.reason()).isEqualTo("Đơn vị sáp nhập");
        assertThat(withdrawn.unitId()).isEqualTo("WX19390");
        assertThat(withdrawn.campaignId()).isEqualTo(campaign);
        JsonNode view = view(modelId, v -> v.get("status").asText().equals("WITHDRAWN"));
        assertThat(view.get("withdrawalReason").asText()).isEqualTo("Đơn vị sáp nhập");
        assertThat(view.get("history").get(1).get("reason").asText()).isEqualTo("Đơn vị sáp nhập");

        assertThat(post("/api/models/" + modelId + "/withdrawal", Map.of("reason", "lần nữa"), "WX19390")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("/api/models/" + UUID.randomUUID() + "/withdrawal", Map.of("reason", "x"), "WX19390")
                .getStatusCode()).as("unknown: as outside the subtree").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/models/" + UUID.randomUUID() + "/withdrawal", Map.of("reason", "x"),
                Callers.DISTRICT_BOARD).getStatusCode()).as("a board officer withdraws nothing").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aReplicaNamesAnExistingModel() throws Exception {
        String original = register(model("Mô hình gốc tiêu biểu", "ECONOMY"));
        view(original, v -> true);
        Map<String, Object> replica = model("Nhân rộng mô hình tiêu biểu", "ECONOMY");
        replica.put("replicaOf", original);
        replica.put("unitId", "WX19391");
        String copy = register(replica);
        assertThat(published(copy, ModelRegistered.class).replicaOf()).isEqualTo(original);

        replica.put("replicaOf", "no-such-model");
        ResponseEntity<JsonNode> refused = post("/api/models", replica, "WX19391");
        assertThat(fields(refused.getBody())).containsExactly("replicaOf");
    }

    @Test
    void theListFiltersPagesAndSearchesWithoutDiacritics() {
        String a = register(model("Đường làng ngõ xóm sáng xanh", "NEW_RURAL_CONSTRUCTION"));
        String b = register(model("Đường làng nở hoa", "CULTURE_SOCIETY"));
        register(model("Tổ hòa giải giỏi", "DEFENCE_SECURITY"));
        view(a, v -> true);
        view(b, v -> true);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                reader.getForObject("/api/models?campaignId=" + campaign, JsonNode.class).get("total").asInt() == 3);

        JsonNode found = reader.getForObject("/api/models?campaignId={c}&q={q}", JsonNode.class, campaign, "DUONG LANG");
        assertThat(found.get("total").asInt()).isEqualTo(2);
        JsonNode byField = reader.getForObject("/api/models?campaignId={c}&q={q}&field=CULTURE_SOCIETY", JsonNode.class,
                campaign, "duong lang");
        assertThat(byField.get("items")).extracting(m -> m.get("modelId").asText()).containsExactly(b);
        JsonNode page = reader.getForObject("/api/models?campaignId={c}&unitId=WX19390&status=REGISTERED&page=1&size=2",
                JsonNode.class, campaign);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        assertThat(reader.getForEntity("/api/models?field=SPORTS", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anOfficerReadsListsAndChangesOnlyItsOwnUnitsModelsWhileTheDistrictBoardSeesBoth() {
        String mine = register(model("Mô hình của xã Vĩnh Thủy", "ECONOMY"));
        Map<String, Object> other = model("Mô hình của xã Vĩnh Lâm", "ECONOMY");
        other.put("unitId", "WX19391");
        ResponseEntity<JsonNode> created = post("/api/models", other, "WX19391");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String theirs = created.getBody().get("modelId").asText();
        view(mine, v -> true);
        view(theirs, v -> true);

        TestRestTemplate communeA = Callers.as(http, Callers.officer("WX19390"));
        assertThat(communeA.getForEntity("/api/models/" + mine, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = communeA.getForEntity("/api/models/" + theirs, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().toString()).doesNotContain("Vĩnh Lâm");
        assertThat(communeA.getForEntity("/api/models/" + theirs + "/documents", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/models/" + theirs + "/amendment", Map.of("title", "Sửa hộ xã khác", "field", "ECONOMY"),
                "WX19390").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/models/" + theirs + "/withdrawal", Map.of("reason", "Rút hộ"), "WX19390")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> onTheirBehalf = model("Đăng ký hộ xã khác", "ECONOMY");
        onTheirBehalf.put("unitId", "WX19391");
        assertThat(post("/api/models", onTheirBehalf, "WX19390").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode ownList = communeA.getForObject("/api/models?campaignId={c}", JsonNode.class, campaign);
        assertThat(ownList.get("items")).extracting(m -> m.get("modelId").asText()).containsExactly(mine);
        assertThat(ownList.get("total").asInt()).isEqualTo(1);
        JsonNode askedForTheOther = communeA.getForObject("/api/models?campaignId={c}&unitId=WX19391", JsonNode.class, campaign);
        assertThat(askedForTheOther.get("total").asInt()).isZero();

        JsonNode districtList = reader.getForObject("/api/models?campaignId={c}", JsonNode.class, campaign);
        assertThat(districtList.get("items")).extracting(m -> m.get("modelId").asText()).containsExactlyInAnyOrder(mine, theirs);
        assertThat(reader.getForObject("/api/models/" + theirs, JsonNode.class).get("title").asText())
                .isEqualTo("Mô hình của xã Vĩnh Lâm");
        TestRestTemplate otherDistrict = Callers.as(http, TestUser.of("ban-dan-van-huyen-khac", "DX199", "BOARD_OFFICER"));
        assertThat(otherDistrict.getForEntity("/api/models/" + mine, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherDistrict.getForObject("/api/models?campaignId={c}", JsonNode.class, campaign).get("total").asInt())
                .isZero();
    }
}
