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
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
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
 * day before the decisions nothing approved yet. No form code shows raw. Late and overdue dossiers and supplements.
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

    @Test
    void theDashboardAndTheOpenDataShowLateAndOverdueDossiersAndSupplements(CloudEventRecords records)
            throws Exception {
        TargetScenario scenario = new TargetScenario("late-" + UUID.randomUUID().toString().substring(0, 8));
        scenario.produce(records);
        String c = scenario.campaignId;
        // V4 files by the first window (01/08/2023); every other model was registered on 01/03/2024
        records.send(new ModelRegistered(scenario.id("m10"), c, scenario.id("V4"), "D198", RegistrantKind.COLLECTIVE,
                "Đúng hạn", ModelField.ECONOMY, new Actor("can-bo", scenario.id("V4")),
                Instant.parse("2023-08-01T02:00:00Z")));
        records.send(asked(scenario, "s1", "m1", "C1", "2024-03-05", "2024-03-20"));
        records.send(answered(scenario, "s1", "m1", "C1", "2024-03-15"));
        records.send(asked(scenario, "s2", "m3", "V1", "2024-03-05", "2024-03-20"));
        records.send(answered(scenario, "s2", "m3", "V1", "2024-03-25"));
        records.send(asked(scenario, "s3", "m5", "V3", "2024-04-01", "2024-04-15"));
        records.send(asked(scenario, "s4", "m8", "V9", "2024-04-01", "2024-04-15")); // D2's: not D's

        PageSession page = PageSession.signedIn(anonymous.getRootUri(), scenario.viewer());
        String json = "/campaigns/" + c + "/coverage.json";
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            JsonNode t = CloudEventRecords.JSON.readTree(page.browse(json).body()).get("timeliness");
            assertThat(t.at("/supplements/requested").asInt()).isEqualTo(3);
            assertThat(t.at("/supplements/answered").asInt()).isEqualTo(2);
            assertThat(t.get("registrations").asInt()).isEqualTo(7);
        });

        JsonNode t = CloudEventRecords.JSON.readTree(page.browse(json).body()).get("timeliness");
        assertThat(t.get("day").asText()).isEqualTo("2025-12-31");
        assertThat(t.get("registeredLate").asInt()).isEqualTo(1);
        assertThat(t.at("/supplements/answeredLate").asInt()).isEqualTo(1);
        assertThat(t.at("/supplements/overdue").asInt()).isEqualTo(1);
        assertThat(t.at("/supplements/pending").asInt()).isZero();
        // A1..A3, C1, C2, V1..V4 owe a dossier; only V4 filed by each window
        assertThat(t.at("/windows/0/name").asText()).isEqualTo("Đợt 1");
        assertThat(t.at("/windows/0/dueOn").asText()).isEqualTo("2023-08-31");
        assertThat(t.at("/windows/0/units").asInt()).isEqualTo(9);
        assertThat(t.at("/windows/0/filed").asInt()).isEqualTo(1);
        assertThat(t.at("/windows/1/overdue").asInt()).isEqualTo(8);

        // as of 18/03/2024: two asked, one answered, none overdue yet
        JsonNode march = CloudEventRecords.JSON.readTree(page.browse(json + "?asOf=18/03/2024").body())
                .at("/timeliness/supplements");
        assertThat(march.toString()).isEqualTo(
                "{\"requested\":2,\"answered\":1,\"answeredLate\":0,\"overdue\":0,\"pending\":1}");

        String vi = section(page.get("/campaigns/" + c + "/dashboard?lang=vi").body(), "timeliness");
        assertThat(vi).contains("Trễ hạn và quá hạn", "Mô hình đăng ký muộn / mô hình được tính", "1/7",
                "Quá hạn chưa bổ sung", "Đợt 1", "31/08/2023", "29/02/2024", "Quá hạn chưa nộp");
        assertThat(section(vi, "timeliness-supplements-answered")).contains("2 (1)");
        assertThat(section(vi, "timeliness-windows")).contains(">9<", ">1<", ">8<");
        String en = section(page.get("/campaigns/" + c + "/dashboard?lang=en").body(), "timeliness");
        assertThat(en).contains("Late and overdue", "Overdue, not supplied", "Overdue, not filed");
        // the subtree of C2: V3's overdue supplement only
        String c2 = section(page.get("/campaigns/" + c + "/dashboard?unit=" + scenario.id("C2")).body(),
                "timeliness-supplements-overdue");
        assertThat(c2).contains(">1<");
    }

    private static SupplementRequested asked(TargetScenario s, String id, String model, String unit, String on,
                                             String due) {
        return new SupplementRequested(s.id("rc-" + id), s.id(model), s.campaignId, s.id(unit), id, "Bổ sung " + id,
                LocalDate.parse(due), COUNCIL, Instant.parse(on + "T02:00:00Z"));
    }

    private static SupplementReceived answered(TargetScenario s, String id, String model, String unit, String on) {
        return new SupplementReceived(s.id("rc-" + id), s.id(model), s.campaignId, s.id(unit), id, "DOCUMENT",
                "doc-" + id, LocalDate.parse(on), false, COUNCIL, Instant.parse(on + "T02:00:00Z"));
    }

    /** The element of this id, up to its end tag (the first closing tag of its name). */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isNotNegative();
        int open = html.lastIndexOf('<', start);
        String tag = html.substring(open + 1, html.indexOf(' ', open));
        return html.substring(open, html.indexOf("</" + tag + ">", start));
    }
}
