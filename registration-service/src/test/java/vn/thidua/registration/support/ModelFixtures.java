package vn.thidua.registration.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import vn.thidua.registration.support.Callers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Campaigns and units for the model tests, created through the service's own campaign and organisation-tree
 * APIs. The unit codes (TX45 → DX198 → WX19390 …) are test codes that no bundled reference tree contains, so
 * tests importing the real trees in the same application context never touch them.
 */
public final class ModelFixtures {

    public static final String PROVINCE = "TX45";
    public static final String DISTRICT = "DX198";
    public static final String COMMUNE = "WX19390";
    public static final String OTHER_COMMUNE = "WX19391";
    public static final String CLOSED_COMMUNE = "WX-CLOSED";

    private final TestRestTemplate http;

    /** Creates campaigns and units as the province's Ban Dân vận (board officer over the test line of the tree). */
    public ModelFixtures(TestRestTemplate http) {
        this.http = Callers.as(http, Callers.PROVINCE_BOARD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An open campaign whose registration is due in a year: registrations are on time. */
    public String openCampaign(String campaignId) {
        return campaign(campaignId, false, LocalDate.now().plusYears(1));
    }

    /** An open campaign whose last window was due long ago: registrations are accepted and flagged late. */
    public String pastDueCampaign(String campaignId) {
        return campaign(campaignId, false, LocalDate.of(2024, 2, 29));
    }

    public String closedCampaign(String campaignId) {
        return campaign(campaignId, true, LocalDate.of(2024, 2, 29));
    }

    private String campaign(String campaignId, boolean closed, LocalDate lastDue) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", campaignId);
        body.put("organiserUnitId", DISTRICT);
        body.put("name", "Phong trào thi đua “Dân vận khéo” " + campaignId);
        body.put("description", "Phục vụ kiểm thử");
        body.put("startYear", 2023);
        body.put("endYear", Math.max(2025, lastDue.getYear()));
        body.put("registrationWindows", List.of(
                Map.of("name", "Đợt 1", "opensOn", "2023-01-01", "dueOn", "2023-08-31"),
                Map.of("name", "Mô hình phát sinh", "opensOn", "2023-09-01", "dueOn", lastDue.toString())));
        body.put("milestones", List.of());
        body.put("coverageTargets", List.of(Map.of("unitKind", "commune", "comparison", "AT_LEAST", "percent", 100)));
        body.put("modelsPerUnitPerYear", 1);
        assertThat(post("/api/campaigns", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        if (closed) {
            assertThat(post("/api/campaigns/" + campaignId + "/closure", Map.of("reason", "Kết thúc kiểm thử"))
                    .getStatusCode().is2xxSuccessful()).isTrue();
        }
        String status = closed ? "CLOSED" : "OPEN";
        // registration reads campaigns from their view, which follows the event store asynchronously
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var view = http.getForEntity("/api/campaigns/" + campaignId, JsonNode.class);
            return view.getStatusCode() == HttpStatus.OK && status.equals(view.getBody().path("status").asText());
        });
        return campaignId;
    }

    /** The test line of the tree: province TX45 → district DX198 → communes WX19390, WX19391, and a closed one. */
    public void vinhLinhUnits() {
        unit(PROVINCE, null, "tỉnh", "province", "Quảng Trị (kiểm thử)");
        unit(DISTRICT, PROVINCE, "huyện", "district", "Vĩnh Linh (kiểm thử)");
        unit(COMMUNE, DISTRICT, "xã", "commune", "Vĩnh Thủy");
        unit(OTHER_COMMUNE, DISTRICT, "xã", "commune", "Vĩnh Lâm");
        if (unit(CLOSED_COMMUNE, DISTRICT, "xã", "commune", "Xã đã sáp nhập")) {
            assertThat(post("/api/units/" + CLOSED_COMMUNE + "/closure", Map.of("closedOn", "2024-01-01"))
                    .getStatusCode().is2xxSuccessful()).isTrue();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var view = http.getForEntity("/api/units/" + CLOSED_COMMUNE, JsonNode.class);
            return view.getStatusCode() == HttpStatus.OK && !view.getBody().path("closedOn").isNull()
                    && !view.getBody().path("closedOn").isMissingNode();
        });
    }

    /** A district below the test province, e.g. a campaign's organiser: jurisdiction needs it in the tree. */
    public void district(String unitId) {
        unit(PROVINCE, null, "tỉnh", "province", "Quảng Trị (kiểm thử)");
        unit(unitId, PROVINCE, "huyện", "district", "Vĩnh Linh (kiểm thử)");
    }

    /** Opens the unit unless it exists (tests of one context share the tree); true when it was opened now. */
    public boolean unit(String unitId, String parentId, String kind, String level, String name) {
        if (http.getForEntity("/api/units/" + unitId, JsonNode.class).getStatusCode() == HttpStatus.OK) return false;
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("parentId", parentId);
        body.put("kind", kind);
        body.put("level", level);
        body.put("name", name);
        body.put("openedOn", "2000-01-01");
        var response = post("/api/units", body);
        if (response.getStatusCode() == HttpStatus.CONFLICT) return false; // opened by a concurrent test
        assertThat(response.getStatusCode()).as("open %s: %s", unitId, response.getBody()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/units/" + unitId, JsonNode.class).getStatusCode() == HttpStatus.OK);
        return true;
    }

    /** A collective model in the economy field registered by the unit's officer; its id, once its view is there. */
    public String registeredModel(String campaignId, String unitId, String title) {
        HttpHeaders headers = Callers.headers(Callers.officer(unitId));
        headers.setContentType(MediaType.APPLICATION_JSON);
        var created = http.postForEntity("/api/models", new HttpEntity<>(Map.of("campaignId", campaignId,
                "unitId", unitId, "registrantKind", "COLLECTIVE", "novelty", "NEW", "title", title,
                "field", "ECONOMY"), headers), JsonNode.class);
        assertThat(created.getStatusCode()).as("register: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String modelId = created.getBody().get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/models/" + modelId, String.class).getStatusCode() == HttpStatus.OK);
        return modelId;
    }

    private org.springframework.http.ResponseEntity<JsonNode> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
