package vn.thidua.registration.adapter.in.web.plan;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.registration.support.Callers;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.registration.support.ModelFixtures.COMMUNE;
import static vn.thidua.registration.support.ModelFixtures.DISTRICT;
import static vn.thidua.registration.support.ModelFixtures.OTHER_COMMUNE;

/** A unit's own plan over REST on real PostgreSQL, Kafka and the MongoDB stand-in: filed, replaced, refused, listed. */
@RegistrationTest
class UnitPlanApiIT {

    private static final TestUser OFFICER = TestUser.of("can-bo-vinh-thuy", COMMUNE, "UNIT_OFFICER");
    private static final TestUser OTHER_OFFICER = TestUser.of("can-bo-vinh-lam", OTHER_COMMUNE, "UNIT_OFFICER");
    private static final TestUser BOARD = TestUser.of("ban-dan-van-huyen", DISTRICT, "BOARD_OFFICER");

    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    private String campaign;

    @BeforeAll
    static void subscribe(CloudEventRecords records) {
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @BeforeEach
    void campaignAndTree() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("ke-hoach"));
    }

    private ResponseEntity<JsonNode> file(Map<String, Object> body, TestUser caller) {
        HttpHeaders headers = Callers.headers(caller);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/campaigns/" + campaign + "/unit-plans", new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, TestUser caller) {
        return Callers.as(http, caller).getForEntity(path, JsonNode.class);
    }

    private static Map<String, Object> plan(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", COMMUNE);
        body.put("number", number);
        body.put("issuedOn", "2023-03-20");
        body.put("signer", "Bí thư Đảng ủy Nguyễn Văn An");
        return body;
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText())
                .toList();
    }

    @Test
    void aUnitOfficerFilesThenReplacesItsPlanAndRefilingTheSameChangesNothing() throws Exception {
        ResponseEntity<JsonNode> first = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("version").asInt()).isEqualTo(1);
        String planId = first.getBody().get("planId").asText();
        assertThat(planId).isEqualTo("plan:" + campaign + ":" + COMMUNE);

        ResponseEntity<JsonNode> again = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("changed").asBoolean()).isFalse();

        ResponseEntity<JsonNode> corrected = file(plan("16-KH/ĐU"), OFFICER);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(corrected.getBody().get("version").asInt()).isEqualTo(2);

        List<UnitPlanFiled> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            published.clear();
            for (ConsumerRecord<byte[], byte[]> r : topic.all(r -> planId.equals(CloudEventRecords.key(r))
                    && "vn.thidua.UnitPlanFiled.v1".equals(CloudEventRecords.header(r, "ce_type")))) {
                published.add(CloudEventRecords.JSON.readValue(r.value(), UnitPlanFiled.class));
            }
            return published.size() >= 2;
        });
        assertThat(published).extracting(UnitPlanFiled::version, UnitPlanFiled::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "15-KH/ĐU"),
                        org.assertj.core.groups.Tuple.tuple(2, "16-KH/ĐU"));
        assertThat(published.get(0).actor().userId()).isEqualTo("can-bo-vinh-thuy");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/api/campaigns/" + campaign + "/unit-plans/" + COMMUNE, BOARD).getBody().path("number").asText())
                .isEqualTo("16-KH/ĐU"));
        JsonNode subtree = get("/api/campaigns/" + campaign + "/unit-plans/" + DISTRICT + "/subtree", BOARD).getBody();
        List<String> missing = new ArrayList<>();
        for (JsonNode row : subtree.get("items")) if (!row.hasNonNull("plan")) missing.add(row.get("unitId").asText());
        assertThat(missing).contains(DISTRICT, OTHER_COMMUNE).doesNotContain(COMMUNE);
        assertThat(subtree.get("filed").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldInBothLanguages() {
        Map<String, Object> body = plan(" ");
        body.put("issuedOn", LocalDate.now().plusDays(2).toString());
        body.put("signer", null);
        ResponseEntity<JsonNode> refused = file(body, OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(refused.getBody())).containsExactly("number", "issuedOn", "signer");
        assertThat(refused.getBody().get("messageVi").asText()).contains("Kế hoạch thực hiện không hợp lệ");
        assertThat(refused.getBody().get("errors").get(1).get("messageEn").asText()).contains("future");

        body = plan("15-KH/ĐU");
        body.put("issuedOn", "2022-12-31");
        assertThat(fields(file(body, OFFICER).getBody())).containsExactly("issuedOn");
    }

    @Test
    void anotherUnitsOfficerIsRefusedAndSoIsAnUnknownCampaign() {
        assertThat(file(plan("15-KH/ĐU"), OTHER_OFFICER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/campaigns/" + campaign + "/unit-plans/" + DISTRICT + "/subtree", OTHER_OFFICER)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        campaign = "khong-co-phong-trao-nay";
        assertThat(file(plan("15-KH/ĐU"), OFFICER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aClosedCampaignTakesNoPlan() {
        campaign = new ModelFixtures(http).closedCampaign(ModelFixtures.unique("ke-hoach-dong"));
        ResponseEntity<JsonNode> refused = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("campaignId");
    }
}
