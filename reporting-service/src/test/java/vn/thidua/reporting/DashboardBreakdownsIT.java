package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.AwardRoundKind;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard's breakdowns and its open data: models per unit per year against the per-unit target, replicas per
 * original; awards per form by its Vietnamese name with the prize money, per round against its budget, and as of a
 * day before the decisions nothing approved yet. No form code shows raw.
 */
@ReportingTest
class DashboardBreakdownsIT {

    private static final Actor COUNCIL = new Actor("hoi-dong", "D464");
    private static final Instant T = Instant.parse("2024-09-02T02:00:00Z");

    @Autowired TestRestTemplate anonymous;

    @Test
    void theDashboardAndTheOpenDataShowAwardsByFormAndByRound(CloudEventRecords records) throws Exception {
        TargetScenario scenario = new TargetScenario("awards-" + UUID.randomUUID().toString().substring(0, 8));
        scenario.produce(records);
        String c = scenario.campaignId;
        String round = scenario.id("round");
        records.send(new AwardRoundOpened(round, "Khen thưởng năm 2024", AwardRoundKind.ANNUAL, c, scenario.id("D"),
                LocalDate.of(2024, 9, 15), List.of("GIAY_KHEN"), 50_000_000L, COUNCIL, T.minusSeconds(3600)));
        for (String n : List.of("1", "2")) {
            AwardProposed p = new AwardProposed(scenario.id("p" + n), scenario.m1.modelId(), c, scenario.id("C1"),
                    AwardForm.CERTIFICATE_OF_COMMENDATION, "Tiêu biểu", COUNCIL, T, NomineeKind.COLLECTIVE,
                    "Xã C1", round, "GIAY_KHEN");
            records.send(p);
            boolean approved = n.equals("1");
            records.send(new AwardDecided(p.proposalId(), p.modelId(), c, p.unitId(), p.awardForm(),
                    approved ? AwardOutcome.APPROVED : AwardOutcome.REJECTED, approved ? "12/QĐ-UBND" : null, COUNCIL,
                    T.plusSeconds(86_400 * 20), p.nomineeKind(), p.nomineeName(), round, "GIAY_KHEN", null,
                    LocalDate.of(2024, 9, 22), "Chủ tịch", approved ? 1_170_000L : null, approved ? 2_340_000L : null));
        }

        PageSession page = PageSession.signedIn(anonymous.getRootUri(), scenario.viewer());
        String json = "/campaigns/" + c + "/coverage.json";
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            var answer = page.browse(json);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"rejected\":1");
        });

        JsonNode awards = CloudEventRecords.JSON.readTree(page.browse(json).body()).get("awards");
        assertThat(awards.at("/byForm/0/code").asText()).isEqualTo("GIAY_KHEN");
        assertThat(awards.at("/byForm/0/name").asText()).isEqualTo("Giấy khen");
        assertThat(awards.at("/byForm/0/proposed").asInt()).isEqualTo(2);
        assertThat(awards.at("/byForm/0/approved").asInt()).isEqualTo(1);
        assertThat(awards.at("/byForm/0/amount").asLong()).isEqualTo(1_170_000L);
        assertThat(awards.at("/byRound/0/name").asText()).isEqualTo("Khen thưởng năm 2024");
        assertThat(awards.at("/byRound/0/budget").asLong()).isEqualTo(50_000_000L);
        assertThat(awards.at("/byRound/0/remaining").asLong()).isEqualTo(48_830_000L);

        JsonNode breakdowns = CloudEventRecords.JSON.readTree(page.browse(json).body()).get("breakdowns");
        assertThat(breakdowns.get("perUnitPerYear").asInt()).isEqualTo(1);
        assertThat(breakdowns.get("years").toString()).isEqualTo("[2023,2024,2025]");
        assertThat(breakdowns.at("/replicas/0/originalId").asText()).isEqualTo(scenario.m1.modelId());
        assertThat(breakdowns.at("/replicas/0/replicaIds").toString()).isEqualTo("[\"" + scenario.id("m5") + "\"]");
        JsonNode v1 = null;
        for (JsonNode unit : breakdowns.get("units")) if (unit.get("unitId").asText().equals(scenario.id("V1"))) v1 = unit;
        assertThat(v1).as("the late model's village").isNotNull();
        assertThat(v1.get("models").toString()).isEqualTo("[0,1,0]");
        assertThat(v1.get("late").asInt()).isEqualTo(1);

        String dashboard = page.get("/campaigns/" + c + "/dashboard?lang=vi").body();
        assertThat(dashboard).contains("Mô hình của mỗi đơn vị theo năm", "mỗi đơn vị đăng ký ít nhất 1 mô hình",
                "Năm 2024", "Nhân rộng mô hình", scenario.m1.title());
        assertThat(dashboard).contains("Khen thưởng theo hình thức", "Giấy khen", "1.170.000",
                "Khen thưởng theo đợt", "Khen thưởng năm 2024", "50.000.000", "48.830.000")
                .doesNotContain("GIAY_KHEN", "CERTIFICATE_OF_COMMENDATION");
        assertThat(page.get("/campaigns/" + c + "/dashboard?lang=en").body())
                .contains("Awards by form", "Certificate of commendation");

        // as of a day before the decisions: proposed, nothing approved yet
        JsonNode before = CloudEventRecords.JSON.readTree(page.browse(json + "?asOf=2024-09-10").body())
                .at("/awards/totals");
        assertThat(before.get("proposed").asInt()).isEqualTo(2);
        assertThat(before.get("approved").asInt()).isZero();
    }
}
