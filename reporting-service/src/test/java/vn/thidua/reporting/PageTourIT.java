package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.browser.PageTour;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting pages on the page kit, in a real browser: each passes axe-core (no serious or critical violation)
 * 1366 and 390 px wide, does not scroll sideways on a phone, and leaves its screenshots for the README's page
 * tour; the unit picker finds a unit by a few letters typed without diacritics and shows its path.
 */
@ReportingTest
class PageTourIT {

    private static ChromeDriver browser;
    private static TargetScenario scenario;

    @Autowired TestRestTemplate http;

    @BeforeAll
    static void data(CloudEventRecords records) {
        scenario = new TargetScenario("tour-" + UUID.randomUUID().toString().substring(0, 8));
        scenario.produce(records);
        // two supplements asked of commune C1, for the to-do page (việc cần làm)
        LocalDate today = VietnamTime.today(VietnamTime.systemClock());
        Actor authority = new Actor("tham-quyen-" + scenario.s, scenario.id("D"));
        for (int late = 0; late < 2; late++) {
            records.send(new SupplementRequested("rc-" + scenario.s, scenario.m1.modelId(), scenario.campaignId,
                    scenario.id("C1"), "r" + late, late == 1 ? "Bổ sung biên bản họp chi bộ" : "Bổ sung ảnh minh chứng",
                    late == 1 ? today.minusDays(2) : today.plusDays(6), authority, Instant.now()));
        }
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private void signedInAsViewer() throws Exception {
        JsonNode expected = CloudEventRecords.JSON.readTree(scenario.expected());
        TestRestTemplate viewer = Callers.as(http, scenario.viewer());
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(viewer.getForObject(
                "/api/campaigns/{id}/target-coverage", JsonNode.class, scenario.campaignId)).isEqualTo(expected));
        synchronized (TestIdentity.class) {
            TestIdentity.shared().signInNextAs(scenario.viewer());
            browser.get(http.getRootUri() + "/campaigns");
        }
    }

    @Test
    void everyPagePassesAxeAtBothWidthsWithoutScrollingSideways() throws Exception {
        signedInAsViewer();
        TestRestTemplate viewer = Callers.as(http, scenario.viewer());
        await().atMost(ReportingServiceIT.PATIENCE).until(() -> viewer.getForObject("/api/todo", JsonNode.class)
                .get("overdue").size() == 1);
        String base = http.getRootUri();
        List<String> problems = new ArrayList<>();
        record Stop(String name, String path) {
        }
        for (Stop stop : List.of(
                new Stop("reporting-campaigns", "/campaigns?lang=vi"),
                new Stop("reporting-coverage", "/campaigns/" + scenario.campaignId + "/coverage"),
                new Stop("reporting-history", "/models/" + scenario.m1.modelId() + "/history"),
                new Stop("reporting-units", "/units/find?q=don+vi+c"),
                new Stop("reporting-todo", "/todo"),
                new Stop("reporting-not-found", "/campaigns/no-such-campaign/coverage"))) {
            browser.get(base + stop.path());
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(stop.name()).isNotBlank();
            problems.addAll(PageTour.check(browser, stop.name()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAdministratorsRebuildPagePassesAxeAtBothWidths() {
        browser.manage().deleteAllCookies();
        synchronized (TestIdentity.class) {
            TestIdentity.shared().signInNextAs(RebuildPageIT.ADMIN);
            browser.get(http.getRootUri() + "/admin/rebuild?lang=vi");
        }
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dựng lại số liệu báo cáo");
        assertThat(browser.findElement(By.id("rebuild-progress")).getAttribute("value")).isEqualTo("0");
        assertThat(PageTour.check(browser, "reporting-rebuild")).isEmpty();
        browser.manage().deleteAllCookies();
    }

    @Test
    void theHeaderShowsThePersonTheirUnitAndRoleInVietnamese() throws Exception {
        signedInAsViewer();
        browser.get(http.getRootUri() + "/campaigns/" + scenario.campaignId + "/coverage?lang=vi");
        String who = browser.findElement(By.cssSelector("header .who")).getText();
        assertThat(who).contains("Đơn vị P-" + scenario.s, "Người xem báo cáo");
        assertThat(browser.findElement(By.cssSelector("nav.services a[aria-current]")).getText()).isEqualTo("Báo cáo");
        // unit kinds by their Vietnamese names, not their codes
        assertThat(browser.findElement(By.id("targets")).getText())
                .contains("Xã, phường, thị trấn", "Thôn, bản, khu phố", "Cơ quan, đơn vị")
                .doesNotContain("commune ≥");
    }

    @Test
    void theUnitPickerFindsAUnitTypedWithoutDiacriticsAndShowsItsPath() throws Exception {
        signedInAsViewer();
        browser.get(http.getRootUri() + "/units/find?lang=vi");
        WebElement field = browser.findElement(By.id("q"));
        field.sendKeys("don vi c1");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !browser.findElements(By.cssSelector("#q-options [role=option]")).isEmpty());
        WebElement option = browser.findElement(By.cssSelector("#q-options [role=option]"));
        assertThat(option.getText()).contains("Đơn vị C1-" + scenario.s)
                .contains("Đơn vị P-" + scenario.s + " › Đơn vị D-" + scenario.s + " › Đơn vị C1-" + scenario.s);
        PageTour.check(browser, "reporting-unit-picker").forEach(problem -> assertThat(problem).isNull());
        option.click();
        assertThat(field.getAttribute("value")).isEqualTo(scenario.id("C1"));
        assertThat(browser.findElement(By.id("q-chosen")).getText()).endsWith("Đơn vị C1-" + scenario.s);
    }

    @Test
    void withoutJavaScriptTheSearchPageListsTheSubtreesMatchesOnly() throws Exception {
        signedInAsViewer();
        browser.get(http.getRootUri() + "/units/find?q=DON+VI+C&lang=vi");
        String listed = browser.findElement(By.id("choices")).getText();
        assertThat(listed).contains("Đơn vị C1-" + scenario.s, "Đơn vị C2-" + scenario.s, "Đơn vị C9-" + scenario.s)
                .doesNotContain("Đơn vị C-old-" + scenario.s);
    }
}
