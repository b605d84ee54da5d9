package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.http.HttpResponse;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server-rendered coverage page (GET /campaigns/{id}/coverage) over the same scenario as {@link TargetCoverageIT},
 * published as real CloudEvents records. A {@link ReportingTest}: one application context with
 * the other integration tests.
 */
@ReportingTest
class CoveragePageIT {

    private static CloudEventRecords records;

    @Autowired TestRestTemplate anonymous;
    /** The browser of the current test, signed in as a viewer of the scenario's province. */
    private PageSession browser;

    @BeforeAll
    static void topics(CloudEventRecords connected) {
        records = connected;
    }

    /** Publishes the scenario and waits until the JSON query answers all of it (then the page has it too). */
    private TargetScenario arrived() throws Exception {
        TargetScenario scenario = new TargetScenario(UUID.randomUUID().toString().substring(0, 8));
        scenario.produce(records);
        awaitTargets(scenario, scenario.expected());
        browser = PageSession.signedIn(anonymous.getRootUri(), scenario.viewer());
        return scenario;
    }

    private void awaitTargets(TargetScenario scenario, String expectedJson) throws Exception {
        JsonNode expected = CloudEventRecords.JSON.readTree(expectedJson);
        TestRestTemplate http = Callers.as(anonymous, scenario.viewer());
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(http.getForObject(
                "/api/campaigns/{id}/target-coverage", JsonNode.class, scenario.campaignId)).isEqualTo(expected));
    }

    /** The page as the signed-in browser gets it ({@code {}} in the path filled with the variables, encoded). */
    private HttpResponse<String> page(String path, Object... variables) {
        return browser.follow(UriComponentsBuilder.fromUriString(path).buildAndExpand(variables).encode().toUriString());
    }

    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").map(MediaType::parseMediaType)
                .map(type -> type.isCompatibleWith(MediaType.TEXT_HTML)).orElse(false);
    }

    /** The text a reader sees in the element with this id: tags dropped, whitespace collapsed. */
    private static String visible(String html, String tag, String id) {
        Matcher matcher = Pattern.compile("<" + tag + "[^>]*id=\"" + id + "\"[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL)
                .matcher(html);
        assertThat(matcher.find()).as("<%s id=%s> in the page", tag, id).isTrue();
        return visible(matcher.group(1));
    }

    private static String visible(String html) {
        return html.replaceAll("(?s)<[^>]+>", " ").replace("&gt;", ">").replaceAll("\\s+", " ").strip();
    }

    @Test
    void theCoveragePageShowsTargetsUnitsWithoutModelsAndTotalsInVietnamese() throws Exception {
        TargetScenario scenario = arrived();

        HttpResponse<String> response = page("/campaigns/{id}/coverage", scenario.campaignId);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(isHtml(response)).isTrue();
        String html = response.body();
        assertThat(html).contains("<html lang=\"vi\"", "Phong trào thi đua", "Đang diễn ra",
                "01/01/2023 – 31/12/2025", "Đơn vị D-" + scenario.s + " (D-" + scenario.s + ")");

        String targets = visible(html, "table", "targets");
        assertThat(targets).contains(
                "Loại đơn vị Chỉ tiêu Số đơn vị Đơn vị có mô hình Tỷ lệ Kết quả",
                "Cơ quan, đơn vị > 80 % 3 2 66,66 % ✗ Chưa đạt",
                "Đơn vị chưa có mô hình (1) Đơn vị A2-" + scenario.s + " ( A2-" + scenario.s + " )",
                "Xã, phường, thị trấn ≥ 100 % 2 1 50 % ✗ Chưa đạt",
                "Đơn vị C2-" + scenario.s,
                "Thôn, bản, khu phố > 75 % 4 2 50 % ✗ Chưa đạt",
                "Đơn vị chưa có mô hình (2) Đơn vị V2-" + scenario.s + " ( V2-" + scenario.s + " ) Đơn vị V4-");
        assertThat(html).contains("<caption>Chỉ tiêu theo loại đơn vị</caption>", "<th scope=\"col\"",
                "<th scope=\"row\">Cơ quan, đơn vị</th>", "<details>");

        assertThat(visible(html, "table", "models")).isEqualTo("Tổng số mô hình Đã đăng ký 9 Được tính 7 Đã rút 1 "
                + "Chờ xác nhận nội dung 1 Đăng ký muộn 1 Nhân rộng 1");
        assertThat(visible(html, "table", "fields")).isEqualTo("Mô hình được tính theo lĩnh vực Lĩnh vực Số mô hình "
                + "Toàn diện 1 Kinh tế 3 Văn hóa - xã hội 1 Quốc phòng - an ninh 1 Xây dựng hệ thống chính trị 0 "
                + "Xây dựng nông thôn mới 1 Lĩnh vực khác 0");
        String stages = visible(html, "table", "stages");
        assertThat(stages).contains("Đơn vị Đăng ký Công nhận điển hình Đề nghị khen thưởng Được khen thưởng",
                "Đơn vị C1-" + scenario.s + " ( C1-" + scenario.s + " ) 1 0 0 0",
                "Đơn vị V2-" + scenario.s + " ( V2-" + scenario.s + " ) 1 0 0 0");
        assertThat(stages).endsWith("Tổng 9 0 0 0");

        // once C2's "other" model is confirmed, communes reach their 100 % target
        records.send(Events.confirmed(scenario.m2Other));
        awaitTargets(scenario, scenario.expected(true));
        String confirmed = visible(page("/campaigns/{id}/coverage", scenario.campaignId).body(), "table", "targets");
        assertThat(confirmed).contains("Xã, phường, thị trấn ≥ 100 % 2 2 100 % ✓ Đạt").doesNotContain("Đơn vị C2-");
    }

    @Test
    void englishWithLangEnRememberedInACookie() throws Exception {
        TargetScenario scenario = arrived();

        HttpResponse<String> english = page("/campaigns/{id}/coverage?lang=en", scenario.campaignId);
        assertThat(english.statusCode()).isEqualTo(200);
        String html = english.body();
        assertThat(html).contains("<html lang=\"en\"", "Coverage against targets", "Open");
        assertThat(visible(html, "table", "targets")).contains(
                "Unit kind Target Units Units with models Percent Result",
                "Agencies and units > 80 % 3 2 66.66 % ✗ Not met", "Units without models (2)");
        assertThat(visible(html, "table", "models")).isEqualTo("Model totals Registered 9 Counting 7 Withdrawn 1 "
                + "Awaiting content confirmation 1 Late registrations 1 Replicas 1");
        assertThat(visible(html, "table", "fields")).contains("Economy 3", "Defence and security 1", "Other fields 0");
        assertThat(visible(html, "table", "stages")).endsWith("Total 9 0 0 0");

        assertThat(english.headers().firstValue(HttpHeaders.SET_COOKIE)).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("thidua-lang=en"));
        assertThat(browser.cookie("thidua-lang")).isEqualTo("en");
        String remembered = page("/campaigns/{id}/coverage", scenario.campaignId).body();
        assertThat(remembered).contains("Coverage against targets").doesNotContain("Độ bao phủ so với chỉ tiêu");
    }

    @Test
    void theCampaignsPageLinksToTheirCoverage() throws Exception {
        TargetScenario scenario = arrived();

        for (String path : new String[] {"/", "/campaigns"}) {
            HttpResponse<String> response = page(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Các phong trào",
                    "href=\"/campaigns/" + scenario.campaignId + "/coverage\"", "<label for=\"campaignId\">");
        }
        HttpResponse<String> found = page("/campaigns/find?campaignId={id}", " " + scenario.campaignId + " ");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Độ bao phủ so với chỉ tiêu", scenario.campaignId);

        // a viewer of the district beside the organiser does not see the campaign listed
        PageSession sibling = PageSession.signedIn(anonymous.getRootUri(),
                scenario.siblingViewer());
        HttpResponse<String> listed = sibling.follow("/campaigns");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(scenario.campaignId);
    }

    @Test
    void anUnknownCampaignIsThe403PageNotProblemJson() {
        TestUser viewer = TestUser.of("nguoi-xem", "P-not-heard-of", "VIEWER");
        browser = PageSession.signedIn(anonymous.getRootUri(), viewer);
        HttpResponse<String> response = page("/campaigns/{id}/coverage", "no-such-campaign");
        assertThat(response.statusCode()).as("as a campaign outside the subtree: ids cannot be probed").isEqualTo(403);
        assertThat(isHtml(response)).isTrue();
        assertThat(response.body()).doesNotContain("no-such-campaign").doesNotContain("problem");

        HttpResponse<String> english = page("/campaigns/{id}/coverage?lang=en", "no-such-campaign");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).doesNotContain("no-such-campaign");

        // the JSON API keeps answering problem+json
        ResponseEntity<String> api = Callers.as(anonymous, viewer).getForEntity("/api/campaigns/{id}/target-coverage", String.class,
                "no-such-campaign");
        assertThat(api.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }
}
