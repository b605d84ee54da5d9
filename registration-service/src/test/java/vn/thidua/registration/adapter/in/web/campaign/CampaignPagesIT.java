package vn.thidua.registration.adapter.in.web.campaign;

import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.adapter.in.web.page.RawCodes;
import vn.thidua.testsupport.browser.Browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An officer launches, amends and closes a campaign through the pages, in a real browser. */
@RegistrationTest
class CampaignPagesIT {

    /** A test district (no bundled tree has its code), the organiser of the test campaigns. */
    private static final String ORGANISER = "DT464";
    /** Its Ban Dân vận: launches, amends and closes its campaigns. */
    private static final TestUser BOARD = TestUser.of("ban-dan-van-vinh-linh", ORGANISER, "BOARD_OFFICER");

    private static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        TestIdentity.shared().signInNextAs(BOARD);
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void organiserInTheTree() {
        new ModelFixtures(http).district(ORGANISER);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void launchFromTheFormShowsTheBadFieldThenTheCampaignOnTheList() {
        String id = "trang-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(url("/campaigns/new?lang=vi"));
        type("campaignId", id);
        type("organiserUnitId", ORGANISER);
        type("name", "Dân vận khéo trên trang " + id);
        type("startYear", "2025");
        type("endYear", "2023"); // the bad field: before the first year
        type("registrationWindows-0-name", "Đợt 1");
        type("registrationWindows-0-opensOn", "01/03/2025");
        type("registrationWindows-0-dueOn", "31/08/2025");
        new Select(browser.findElement(By.id("milestones-0-kind"))).selectByValue("FINAL_REVIEW");
        type("milestones-0-title", "Tổng kết phong trào");
        type("milestones-0-dueOn", "15/12/2026");
        type("coverageTargets-0-unitKind", "commune");
        new Select(browser.findElement(By.id("coverageTargets-0-comparison"))).selectByValue("AT_LEAST");
        type("coverageTargets-0-percent", "100");
        browser.findElement(By.cssSelector("#launch-form button[type=submit]")).click();

        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(summary.getText()).contains("Năm kết thúc");
        assertThat(browser.findElement(By.id("endYear-error")).getText()).contains("không được trước năm bắt đầu (2025)");
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
        assertThat(browser.findElement(By.id("endYear")).getAttribute("aria-invalid")).isEqualTo("true");
        // what was typed is kept
        assertThat(browser.findElement(By.id("campaignId")).getAttribute("value")).isEqualTo(id);
        assertThat(browser.findElement(By.id("endYear")).getAttribute("value")).isEqualTo("2023");
        assertThat(browser.findElement(By.id("registrationWindows-0-dueOn")).getAttribute("value")).isEqualTo("31/08/2025");
        assertThat(new Select(browser.findElement(By.id("milestones-0-kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("FINAL_REVIEW");
        assertThat(browser.findElement(By.id("coverageTargets-0-percent")).getAttribute("value")).isEqualTo("100");

        type("endYear", "2026");
        browser.findElement(By.cssSelector("#launch-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.urlContains("/campaigns?launched=" + id));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Đã phát động phong trào");
        WebElement row = browser.findElement(By.cssSelector("tr[data-campaign-id='" + id + "']"));
        assertThat(row.getText()).contains("Dân vận khéo trên trang " + id).contains("2025–2026")
                .contains("Đang diễn ra").contains("Đợt 1: 31/08/2025");
    }

    @Test
    void amendThenCloseFromTheCampaignPageInEnglish() {
        String id = "trang-" + UUID.randomUUID().toString().substring(0, 8);
        TestRestTemplate board = Callers.as(http, BOARD);
        var launched = board.postForEntity("/api/campaigns", Map.of("campaignId", id, "organiserUnitId", ORGANISER,
                "name", "Dân vận khéo " + id, "startYear", 2024, "endYear", 2025, "modelsPerUnitPerYear", 1,
                "registrationWindows", List.of(Map.of("name", "Đợt 1", "opensOn", "2024-01-01", "dueOn", "2024-06-30"))),
                String.class);
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                board.getForEntity("/api/campaigns/" + id, String.class).getStatusCode() == HttpStatus.OK);

        browser.get(url("/campaigns/" + id + "?lang=en"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("amend"), "Amend the campaign"));
        assertThat(browser.findElement(By.id("registrationWindows-0-name")).getAttribute("value")).isEqualTo("Đợt 1");
        assertThat(browser.findElement(By.id("registrationWindows-0-dueOn")).getAttribute("value")).isEqualTo("30/06/2024");
        type("name", "Dân vận khéo " + id + " (điều chỉnh)");
        type("registrationWindows-1-name", "Đợt 2");
        type("registrationWindows-1-opensOn", "1/7/2024");
        type("registrationWindows-1-dueOn", "31/12/2024");
        type("coverageTargets-0-unitKind", "village");
        new Select(browser.findElement(By.id("coverageTargets-0-comparison"))).selectByValue("MORE_THAN");
        type("coverageTargets-0-percent", "150");
        browser.findElement(By.cssSelector("#amend-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("coverageTargets-0-percent-error")).getText()).isEqualTo("must be from 0 to 100");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Target 1 – Percent: must be from 0 to 100");
        assertThat(browser.findElement(By.id("registrationWindows-1-dueOn")).getAttribute("value")).isEqualTo("31/12/2024");
        type("coverageTargets-0-percent", "75");
        browser.findElement(By.cssSelector("#amend-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.urlContains("done=amended"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("The campaign was amended.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("(điều chỉnh)");
        assertThat(browser.findElements(By.cssSelector("#windows tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("targets")).getText()).contains("Villages, hamlets and quarters")
                .contains("more than 75%");

        type("reason", "Đã tổng kết");
        browser.findElement(By.cssSelector("#close-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("done=closed"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Closed");
        assertThat(browser.findElement(By.id("facts")).getText()).contains("Đã tổng kết");
        assertThat(browser.findElements(By.id("amend-form"))).isEmpty();
        assertThat(browser.findElements(By.id("close-form"))).isEmpty();
        browser.get(url("/campaigns?lang=vi"));
        assertThat(RawCodes.check(browser, "registration-campaign-list")).isEmpty();
    }

    @Test
    void unknownCampaignPageIsA404PageAndAForgedFormIsA400Page() {
        PageSession session = PageSession.signedIn(port, BOARD);
        var missing = session.get("/campaigns/khong-co-phong-trao");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không có phong trào thi đua nào có mã").contains("khong-co-phong-trao");

        var forged = session.postForm("/campaigns/new", "/campaigns",
                Map.of("campaignId", "gia-mao", "registrationWindows[500].name", "Đợt 501"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("error-summary").contains("Biểu mẫu có quá nhiều dòng");
    }
}
