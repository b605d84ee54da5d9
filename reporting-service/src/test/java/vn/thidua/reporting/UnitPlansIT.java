package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Units' own plans (kế hoạch thực hiện) from real {@code UnitPlanFiled} records on Kafka: counted per kind against
 * 100% in the open data and on the dashboard, as of a day only those filed by then, a replacement once, a commune
 * merged on 01/07/2025 for its successor from 2025-H2 and for itself before.
 */
@ReportingTest
class UnitPlansIT {

    @Autowired TestRestTemplate anonymous;

    @Test
    void communesWithAPlanAreCountedAgainstOneHundredPercentAsOfADay(CloudEventRecords records) throws Exception {
        TargetScenario scenario = new TargetScenario("plans-" + UUID.randomUUID().toString().substring(0, 8));
        scenario.produce(records);
        String c = scenario.campaignId;
        records.send(filed(scenario, "C1", 1, "2023-03-22T02:00:00Z"));
        records.send(filed(scenario, "C1", 2, "2024-01-10T02:00:00Z")); // a corrected number: still one unit
        // C3 is merged into C2 on 01/07/2025 (sáp nhập); C2 files no plan of its own
        records.send(Events.unit(scenario.id("C3"), scenario.id("D"), "xã", "commune"));
        records.send(Events.unitClosed(scenario.id("C3"), LocalDate.of(2025, 7, 1), scenario.id("C2")));
        records.send(filed(scenario, "C3", 1, "2024-05-02T02:00:00Z"));

        PageSession page = PageSession.signedIn(anonymous.getRootUri(), scenario.viewer());
        String json = "/campaigns/" + c + "/coverage.json";
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            JsonNode communes = commune(page.browse(json).body());
            assertThat(communes.get("units").asInt()).isEqualTo(2); // C3 closed and merged
            assertThat(communes.get("withPlan").asInt()).isEqualTo(2); // C2 has C3's plan
            assertThat(commune(page.browse(json + "?period=2025-H1").body()).get("units").asInt()).isEqualTo(3);
        });

        JsonNode whole = commune(page.browse(json).body());
        assertThat(whole.get("units").asInt()).isEqualTo(2);
        assertThat(whole.get("met").asBoolean()).isTrue();
        JsonNode asOf = commune(page.browse(json + "?asOf=2023-12-31").body());
        assertThat(asOf.get("withPlan").asInt()).isEqualTo(1);
        assertThat(asOf.get("met").asBoolean()).isFalse();
        JsonNode beforeMerger = commune(page.browse(json + "?period=2025-H1").body());
        assertThat(beforeMerger.get("units").asInt()).isEqualTo(3);
        assertThat(beforeMerger.get("withPlan").asInt()).isEqualTo(2); // C1 and C3 itself, not yet C2
        assertThat(beforeMerger.get("met").asBoolean()).isFalse();
        JsonNode afterMerger = commune(page.browse(json + "?period=2025-H2").body());
        assertThat(afterMerger.get("units").asInt()).isEqualTo(2);
        assertThat(afterMerger.get("met").asBoolean()).isTrue();

        String dashboard = page.get("/campaigns/" + c + "/dashboard?lang=vi").body();
        assertThat(dashboard).contains("Đơn vị có kế hoạch thực hiện", "id=\"plans-table\"");
        // the communes' result cell is green when met, red when not
        assertThat(communePlanRow(dashboard)).contains("class=\"met-yes\"").doesNotContain("met-no");
        assertThat(communePlanRow(page.get("/campaigns/" + c + "/dashboard?period=2025-H1").body()))
                .contains("class=\"met-no\"").doesNotContain("met-yes");
        assertThat(page.get("/campaigns/" + c + "/dashboard?lang=en").body())
                .contains("Units with their own implementation plan");
    }

    private static String communePlanRow(String html) {
        int start = html.indexOf("Xã, phường, thị trấn", html.indexOf("id=\"plans-table\""));
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static JsonNode commune(String body) throws Exception {
        for (JsonNode row : CloudEventRecords.JSON.readTree(body).get("plans")) {
            if (row.get("targetKind").asText().equals("commune")) return row;
        }
        throw new AssertionError("no commune row in " + body);
    }

    private static UnitPlanFiled filed(TargetScenario scenario, String unit, int version, String at) {
        String unitId = scenario.id(unit);
        return new UnitPlanFiled("plan:" + scenario.campaignId + ":" + unitId, scenario.campaignId, unitId, version,
                version + "-KH/ĐU", LocalDate.of(2023, 3, 20), "Bí thư Đảng ủy", null,
                new Actor("can-bo", unitId), Instant.parse(at));
    }
}
