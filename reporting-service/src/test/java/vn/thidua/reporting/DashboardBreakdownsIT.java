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

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.testsupport.pdf.PdfText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        // each row's cells in its table's column order: a form and the total with rejections and withdrawals, a round
        // with its budget and what is left
        String cell = "<td class=\"num\">";
        assertThat(markup(section(dashboard, "awards-by-form"))).contains(
                "<tr><th scope=\"row\">Giấy khen</th>" + cell + "2</td>" + cell + "1</td>" + cell + "1</td>" + cell
                        + "0</td>" + cell + "1.170.000</td></tr>",
                "<tfoot><tr><th scope=\"row\">Tổng cộng</th>" + cell + "2</td>" + cell + "1</td>" + cell + "1</td>"
                        + cell + "0</td>" + cell + "1.170.000</td></tr></tfoot>");
        assertThat(markup(section(dashboard, "awards-by-round"))).contains(
                "<tr><th scope=\"row\">Khen thưởng năm 2024</th>" + cell + "2</td>" + cell + "1</td>" + cell
                        + "1.170.000</td>" + cell + "50.000.000</td>" + cell + "48.830.000</td></tr>");
        assertThat(section(dashboard, "by-registrant-kind")).contains("Tập thể", ">5<", "Cá nhân", ">1<")
                .doesNotContain("COLLECTIVE");
        assertThat(section(dashboard, "by-novelty")).contains("Mới", ">5<", "Tiếp tục", ">1<");
        assertThat(page.get("/campaigns/" + c + "/dashboard?lang=en").body())
                .contains("Awards by form", "Certificate of commendation", "Collective", "Continuing");

        // as of a day before the decisions: proposed, nothing approved yet
        JsonNode before = CloudEventRecords.JSON.readTree(page.browse(json + "?asOf=2024-09-10").body())
                .at("/awards/totals");
        assertThat(before.get("proposed").asInt()).isEqualTo(2);
        assertThat(before.get("approved").asInt()).isZero();

        // the same figures in the exports: the summary table's extra sheets, the report, the long CSV
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                page.getBytes("/campaigns/" + c + "/summary.xlsx").body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Bảng tổng hợp");
            assertThat(rows(book.getSheet("Khen thưởng"))).contains("Giấy khen | 2 | 1 | 1 | 0 | 1170000",
                    "Khen thưởng năm 2024 | 2 | 1 | 1 | 0 | 1170000 | 50000000 | 48830000");
            assertThat(rows(book.getSheet("Theo năm, nhân rộng"))).contains(
                    "Đơn vị " + scenario.id("V1") + " | 0 | 1 | 0 | 1", scenario.m1.title() + " | "
                            + scenario.m1.modelId() + " | 1");
            assertThat(rows(book.getSheet("Lĩnh vực, loại, tính mới"))).contains("Tập thể | 5", "Cá nhân | 1",
                    "Mới | 5", "Tiếp tục | 1");
        }
        String report = PdfText.of(page.getBytes("/campaigns/" + c + "/report.pdf").body()).text();
        assertThat(report).contains("Mô hình được tính theo tập thể, cá nhân", "Khen thưởng theo hình thức",
                "Giấy khen", "1.170.000", "48.830.000", "Nhân rộng mô hình");
        String csv = new String(page.getBytes("/campaigns/" + c + "/breakdowns.csv").body(), StandardCharsets.UTF_8);
        String prefix = c + ",campaign,2023-01-01,2025-12-31,2025-12-31," + scenario.id("D") + ",";
        assertThat(csv).startsWith("\uFEFFcampaignId,period,periodFrom,periodTo,asOf,unitId,breakdown,key,name,"
                        + "measure,value")
                .contains(prefix + "awardsByForm,GIAY_KHEN,Giấy khen,amount,1170000",
                        prefix + "awardsByRound," + round + ",Khen thưởng năm 2024,remaining,48830000",
                        prefix + "byNovelty,CONTINUING,Tiếp tục,models,1",
                        prefix + "modelsPerUnitPerYear," + scenario.id("V1") + ",Đơn vị " + scenario.id("V1")
                                + ",late,1",
                        prefix + "replicas," + scenario.m1.modelId() + "," + scenario.m1.title() + ",replicas,1");
    }

    /** Each row of the sheet, its cells as shown, joined by " | ". */
    private static List<String> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> rows = new java.util.ArrayList<>();
        sheet.forEach(row -> {
            List<String> cells = new java.util.ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            rows.add(String.join(" | ", cells));
        });
        return rows;
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

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                page.getBytes("/campaigns/" + c + "/summary.xlsx").body()))) {
            assertThat(rows(book.getSheet("Trễ hạn và quá hạn"))).contains(
                    "Mô hình đăng ký muộn / mô hình được tính | 1/7", "Quá hạn chưa bổ sung | 1", "Đã bổ sung (trong đó bổ sung sau hạn) | 2 (1)",
                    "Đợt 1 | 31/08/2023 | 9 | 1 | 8");
        }
        assertThat(PdfText.of(page.getBytes("/campaigns/" + c + "/report.pdf").body()).text())
                .contains("Trễ hạn và quá hạn", "Quá hạn chưa bổ sung 1", "Đã bổ sung (trong đó bổ sung sau hạn) 2 (1)",
                        "Quá hạn chưa nộp Đợt 1");
        assertThat(new String(page.getBytes("/campaigns/" + c + "/breakdowns.csv?asOf=18/03/2024").body(),
                StandardCharsets.UTF_8)).contains(c + ",campaign,2023-01-01,2025-12-31,2024-03-18," + scenario.id("D")
                + ",timeliness,supplements,,pending,1");
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

    /** The markup without the white space between its tags. */
    private static String markup(String html) {
        return html.replaceAll(">\\s+<", "><");
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
