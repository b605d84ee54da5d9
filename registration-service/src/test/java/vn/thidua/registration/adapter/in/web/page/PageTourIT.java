package vn.thidua.registration.adapter.in.web.page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.Callers;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.files.SampleFiles;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages a unit officer, a board officer and the administrator open, each passing axe at 1366 and 390 px without
 * scrolling sideways and showing no raw code in Vietnamese; the home page's counts follow what is registered.
 */
@RegistrationTest
class PageTourIT {

    private static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void tree() {
        new ModelFixtures(http).vinhLinhUnits();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs the browser out (the service's and the provider's cookies are both on localhost) and in as {@code user}. */
    private void signInAs(TestUser user) {
        browser.get(url("/?lang=vi"));
        browser.manage().deleteAllCookies();
        synchronized (TestIdentity.class) {
            TestIdentity.shared().signInNextAs(user);
            browser.get(url("/?lang=vi"));
        }
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains(user.displayName());
    }

    private long count(String id) {
        return Long.parseLong(browser.findElement(By.cssSelector("#" + id + " .count")).getText().replace(".", ""));
    }

    /** What each stop's check found: axe, sideways scroll, raw codes in its Vietnamese text. */
    private List<String> tour(String... stops) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < stops.length; i += 2) {
            browser.get(url(stops[i + 1]));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(stops[i]).isNotBlank();
            problems.addAll(RawCodes.check(browser, stops[i]));
        }
        return problems;
    }

    @Test
    void aUnitOfficersHomeCountsItsModelsAndTheDossiersStillWithoutForm1() {
        String campaign = new ModelFixtures(http).openCampaign(ModelFixtures.unique("home"));
        signInAs(Callers.officer(ModelFixtures.OTHER_COMMUNE));
        long registered = count("count-REGISTERED");
        long toComplete = count("count-toComplete");

        String modelId = new ModelFixtures(http).registeredModel(campaign, ModelFixtures.OTHER_COMMUNE, ModelFixtures.unique("Mô hình trang chủ"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(count("count-REGISTERED")).isEqualTo(registered + 1);
        });
        assertThat(count("count-toComplete")).isEqualTo(toComplete + 1);
        assertThat(browser.findElement(By.id("home-models")).getText()).isEqualTo("Mô hình của đơn vị");
        assertThat(browser.findElements(By.id("home-tree-counts"))).isEmpty();
        assertThat(tour("registration-home-unit-officer", "/?lang=vi")).isEmpty();

        // the model's page links to its review case and to its whole history in reporting
        browser.get(url("/models/" + modelId + "?lang=vi"));
        assertThat(browser.findElement(By.id("review-case")).getAttribute("href"))
                .isEqualTo("http://localhost:8082/models/" + modelId + "/case");
        assertThat(browser.findElement(By.id("model-history")).getAttribute("href"))
                .isEqualTo("http://localhost:8084/models/" + modelId + "/history");

        // the plans page, with a plan filed with its signed file and the form to replace it
        MultipartBodyBuilder plan = new MultipartBodyBuilder();
        Map.of("unitId", ModelFixtures.OTHER_COMMUNE, "number", "15-KH/ĐU", "issuedOn", "2023-03-20",
                "signer", "Bí thư Đảng ủy Nguyễn Văn An").forEach(plan::part);
        plan.part("file", new ByteArrayResource(SampleFiles.pdf("Ke hoach")), MediaType.APPLICATION_OCTET_STREAM)
                .filename("Kế hoạch thực hiện phong trào 15-KH-ĐU.pdf");
        HttpHeaders headers = Callers.headers(Callers.officer(ModelFixtures.OTHER_COMMUNE));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(http.postForEntity("/api/campaigns/" + campaign + "/unit-plans",
                new HttpEntity<>(plan.build(), headers), String.class).getStatusCode().value()).isEqualTo(201);
        String plans = "/campaigns/" + campaign + "/plans?lang=vi";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.get(url(plans));
            assertThat(browser.findElement(By.id("plans")).getText()).contains("15-KH-ĐU.pdf", "PDF");
        });
        assertThat(tour("registration-plans-unit-officer", plans)).isEmpty();
    }

    @Test
    void aBoardOfficersPagesFromHomeToImportPassTheChecks() {
        String campaign = new ModelFixtures(http).openCampaign(ModelFixtures.unique("tour"));
        new ModelFixtures(http).registeredModel(campaign, ModelFixtures.COMMUNE, "Chợ phiên dân vận " + campaign);
        signInAs(Callers.PROVINCE_BOARD);
        assertThat(count("count-units")).isGreaterThanOrEqualTo(5);
        assertThat(browser.findElement(By.id("home-models")).getText()).isEqualTo("Mô hình trong phạm vi của tôi");

        assertThat(tour(
                "registration-home-board", "/?lang=vi",
                "registration-campaign-new", "/campaigns/new",
                "registration-campaign", "/campaigns/" + campaign,
                "registration-model-import", "/models/import?campaignId=" + campaign,
                "registration-model-find", "/models/find?q=cho+phien&back=/models/new&field=replicaOf",
                "registration-model-list-board", "/models?campaignId=" + campaign,
                "registration-unit-tree-district", "/units?parent=" + ModelFixtures.DISTRICT,
                "registration-not-found", "/models/00000000-0000-0000-0000-000000000000")).isEmpty();
        // an unknown model is the refusal page, as one outside the subtree: ids cannot be probed
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void theAdministratorsHomeCountsUnitsAndCampaignsAndListsTreeImports() {
        signInAs(Callers.ADMINISTRATOR);
        assertThat(count("count-units")).isGreaterThanOrEqualTo(5);
        assertThat(browser.findElements(By.id("home-models-counts"))).isEmpty();
        assertThat(browser.findElement(By.id("home-imports")).getText()).isEqualTo("Lượt nhập cây đơn vị gần đây");
        assertThat(tour("registration-home-admin", "/?lang=vi")).isEmpty();
    }
}
