package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.browser.PageTour;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.pdf.PdfText;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a viewer of Vĩnh Linh does with the dashboard, in a real browser: opens it, sees the campaign's coverage
 * against its targets drawn by ECharts (the numbers the charts were given, read back with getOption()), drills
 * down to a commune by clicking, switches to "as of 30/06/2024", and downloads the summary table and the report.
 */
@ReportingTest
class DashboardIT {

    private static ChromeDriver browser;

    @Autowired TestRestTemplate http;

    @BeforeAll
    static void data(CloudEventRecords records) {
        VinhLinhScenario.produce(records);
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void aViewerOfVinhLinhFollowsTheCoverageDownToACommuneAndBackToTheSixMonthReview() throws Exception {
        TestRestTemplate api = Callers.as(http, VinhLinhScenario.viewer());
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            JsonNode targets = api.getForObject("/api/campaigns/{id}/target-coverage", JsonNode.class,
                    VinhLinhScenario.CAMPAIGN);
            assertThat(targets.path("models").path("registered").asInt()).isEqualTo(4);
            assertThat(targets.path("targets").path(2).path("units").asInt()).isEqualTo(3);
        });
        synchronized (TestIdentity.class) {
            TestIdentity.shared().signInNextAs(VinhLinhScenario.viewer());
            browser.get(http.getRootUri() + "/campaigns?lang=vi");
        }
        browser.findElement(By.linkText("Bảng điều khiển")).click();
        awaitCharts();
        assertThat(browser.findElement(By.id("unit-heading")).getText()).contains("Huyện Vĩnh Linh");
        assertThat(browser.findElement(By.id("targets")).getText())
                .contains("Cơ quan, đơn vị", "Xã, phường, thị trấn", "Thôn, bản, khu phố", "Chưa đạt")
                .doesNotContain("commune", "village");
        // what the coverage chart draws: per kind the reached share against the target
        Map<String, Object> coverage = option("coverage-chart");
        assertThat(categories(coverage)).containsExactly("Cơ quan, đơn vị", "Xã, phường, thị trấn",
                "Thôn, bản, khu phố");
        assertThat(seriesData(coverage, 0)).containsExactly(50.0, 66.66, 33.33);
        assertThat(seriesData(coverage, 1)).containsExactly(80.0, 100.0, 75.0);
        assertThat(seriesData(option("funnel-chart", "xAxis"), 0)).containsExactly(4.0, 0.0, 1.0, 0.0, 0.0);
        List<String> problems = new ArrayList<>(PageTour.check(browser, "reporting-dashboard"));

        // drill down: a click on Vĩnh Giang's bar in the chart of the units below
        clickBar("children-chart", "Xã Vĩnh Giang");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("unit=W19390"));
        awaitCharts();
        assertThat(browser.findElement(By.id("unit-heading")).getText()).contains("Xã Vĩnh Giang", "Xã");
        assertThat(browser.findElement(By.id("path")).getText()).contains("Huyện Vĩnh Linh", "Xã Vĩnh Giang");
        assertThat(seriesData(option("coverage-chart"), 0)).containsExactly(50.0); // Tân Lập of its two villages

        // as of the 6-month review (sơ kết): Tân Lập's model came later
        new Select(browser.findElement(By.id("period"))).selectByValue("2024-H1");
        browser.findElement(By.id("apply")).click();
        awaitCharts();
        assertThat(browser.findElement(By.id("standing")).getText()).contains("30/06/2024");
        assertThat(seriesData(option("coverage-chart"), 0)).containsExactly(0.0);
        browser.findElement(By.linkText("Huyện Vĩnh Linh")).click();
        awaitCharts();
        assertThat(seriesData(option("coverage-chart"), 0)).containsExactly(50.0, 66.66, 0.0);
        // the year 2024 as of 30/06/2024: the same figures as the 6-month review
        new Select(browser.findElement(By.id("period"))).selectByValue("2024");
        browser.executeScript("arguments[0].value = '2024-06-30';", browser.findElement(By.id("asOf")));
        browser.findElement(By.id("apply")).click();
        awaitCharts();
        assertThat(browser.getCurrentUrl()).contains("period=2024&", "asOf=2024-06-30");
        assertThat(browser.findElement(By.id("standing")).getText()).contains("Năm 2024", "30/06/2024");
        assertThat(seriesData(option("coverage-chart"), 0)).containsExactly(50.0, 66.66, 0.0);

        // the downloads, as the signed-in browser gets them
        byte[] table = download("download-xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(table))) {
            Sheet models = book.getSheet("Bảng tổng hợp");
            String text = sheetText(models);
            assertThat(text).contains("BẢNG TỔNG HỢP MÔ HÌNH", "Huyện Vĩnh Linh", "30/06/2024", "Tên mô hình",
                    "Thị trấn Hồ Xá", "Xã Vĩnh Giang", "Hội Nông dân huyện").doesNotContain("vl-m3");
            assertThat(sheetText(book.getSheet("Độ bao phủ"))).contains("Thôn, bản, khu phố", "> 75 %", "Chưa đạt");
            // the breakdowns as extra sheets, after the two officers send upward
            assertThat(book.getSheetIndex("Lĩnh vực, loại, tính mới")).isEqualTo(2);
            assertThat(sheetText(book.getSheet("Lĩnh vực, loại, tính mới")))
                    .contains("Mô hình được tính theo tập thể, cá nhân", "Tập thể 3 ", "Mới 3 ");
        }
        PdfText report = PdfText.of(download("download-pdf"));
        assertThat(report.text()).contains("BÁO CÁO SƠ KẾT", "HUYỆN VĨNH LINH", "Năm 2024", "30/06/2024",
                "Thôn, bản, khu phố", "> 75 %", "Chưa đạt", "Xã Vĩnh Giang", "Công nhận điển hình",
                "V. Mô hình được tính theo tập thể, cá nhân", "Khen thưởng theo hình thức", "Trễ hạn và quá hạn");
        assertThat(report.fontsNotEmbedded()).isEmpty();
        assertThat(report.text()).as("no glyph the font lacks (drawn as #)").doesNotContain("#", "✓", "✗");
        String openData = new String(download("download-csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(openData).contains("vinh-linh-2023-2025,2024,2024-01-01,2024-12-31,2024-06-30,D464,"
                + "Huyện Vĩnh Linh,,district,huyện,village,MORE_THAN 75,3,0,0.00,false,0,0,0");

        // the same in English
        browser.get(browser.getCurrentUrl() + "&lang=en");
        awaitCharts();
        assertThat(browser.findElement(By.id("standing")).getText()).contains("Year 2024", "30 Jun 2024");
        assertThat(categories(option("coverage-chart"))).containsExactly("Agencies and units",
                "Communes, wards and towns", "Villages, hamlets and quarters");
        browser.get(browser.getCurrentUrl().replace("&lang=en", "") + "&lang=vi");
        problems.forEach(p -> assertThat(p).isNull());
    }

    private void awaitCharts() {
        try {
            awaitDrawn();
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Charts not drawn at " + browser.getCurrentUrl() + ": echarts is "
                    + browser.executeScript("return typeof echarts") + "; page: " + browser.getPageSource(), e);
        }
    }

    private void awaitDrawn() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector("[data-chart]"))
                .isEmpty() && browser.findElements(By.cssSelector("[data-chart]:not([data-drawn])")).isEmpty());
    }

    private Map<String, Object> option(String id) {
        return option(id, "yAxis");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> option(String id, String categoryAxis) {
        Map<String, Object> option = (Map<String, Object>) browser.executeScript(
                "var o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
                        + "return {categories: o[arguments[1]][0].data, series: o.series.map(function (s) {"
                        + " return s.data.map(function (d) { return d !== null && typeof d === 'object' ? d.value : d; });"
                        + "})};", id, categoryAxis);
        return option;
    }

    @SuppressWarnings("unchecked")
    private static List<String> categories(Map<String, Object> option) {
        return (List<String>) option.get("categories");
    }

    @SuppressWarnings("unchecked")
    private static List<Double> seriesData(Map<String, Object> option, int series) {
        List<Object> data = ((List<List<Object>>) option.get("series")).get(series);
        return data.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    /** Clicks the bar of the category in a horizontal bar chart, where ECharts drew it. */
    private void clickBar(String id, String category) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(By.id(id)));
        Object point = browser.executeScript(
                "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "var o = chart.getOption(); var i = o.yAxis[0].data.indexOf(arguments[1]);"
                        + "return chart.convertToPixel({seriesIndex: 0}, [Math.max(o.series[0].data[i] / 2, 0.1), i]);",
                id, category);
        List<Number> xy = (List<Number>) point;
        WebElement chart = browser.findElement(By.id(id));
        int x = (int) Math.round(xy.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int y = (int) Math.round(xy.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(chart, x, y).click().perform();
    }

    /** The link's target as the signed-in browser fetches it. */
    private byte[] download(String linkId) {
        String href = browser.findElement(By.id(linkId)).getAttribute("href");
        Object base64 = browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + " if (!r.ok) { done('HTTP ' + r.status); return; }"
                        + " return r.arrayBuffer().then(function (b) {"
                        + "  var s = ''; var a = new Uint8Array(b);"
                        + "  for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                        + "  done(btoa(s)); }); });", href);
        assertThat((String) base64).as(href).doesNotStartWith("HTTP ");
        return Base64.getDecoder().decode((String) base64);
    }

    private static String sheetText(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append(' ')));
        return text.toString();
    }
}
