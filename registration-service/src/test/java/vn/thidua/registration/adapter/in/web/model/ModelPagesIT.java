package vn.thidua.registration.adapter.in.web.model;

import vn.thidua.registration.RegistrationTest;
import vn.thidua.testsupport.browser.Browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestIdentity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer registers a model through the pages, in a real browser, then finds and withdraws it. */
@RegistrationTest
class ModelPagesIT {

    private static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired MongoTemplate mongo;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

    private String campaign;
    private String marker;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        TestIdentity.shared().signInNextAs(Callers.officer("WX19390"));
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void seed() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("trang"));
        // a made-up word so that this run's model is the only one the search finds
        Random random = new Random();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) word.append((char) ('a' + random.nextInt(26)));
        marker = word.toString();
        browser.get(url("/?lang=vi"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String errorNextTo(String fieldId) {
        // the message sits between the label and the input, inside the same form
        WebElement input = browser.findElement(By.id(fieldId));
        return input.findElement(By.xpath("preceding-sibling::span[contains(@class,'field-error')][1]")).getText();
    }

    private String registerThroughTheForm(String title) {
        browser.get(url("/models/new"));
        new Select(browser.findElement(By.id("campaignId"))).selectByValue(campaign);
        // the officer's own unit is filled in
        assertThat(browser.findElement(By.id("unitId")).getAttribute("value")).isEqualTo("WX19390");
        browser.findElement(By.cssSelector("input[name=registrantKind][value=COLLECTIVE]")).click();
        browser.findElement(By.cssSelector("input[name=novelty][value=NEW]")).click();
        new Select(browser.findElement(By.id("field"))).selectByValue("CULTURE_SOCIETY");
        browser.findElement(By.id("model-content")).sendKeys("Vận động nhân dân giữ gìn vệ sinh môi trường");
        // the mistake: no title
        browser.findElement(By.id("register")).click();

        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText()).contains("Vui lòng sửa các lỗi sau").contains("Tên mô hình: là bắt buộc");
        assertThat(errorNextTo("title")).isEqualTo("là bắt buộc");
        assertThat(browser.findElement(By.id("unitId")).getAttribute("value")).isEqualTo("WX19390");
        assertThat(new Select(browser.findElement(By.id("field"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("CULTURE_SOCIETY");
        assertThat(browser.findElement(By.cssSelector("label[for=title]")).getText()).isEqualTo("Tên mô hình");
        try {
            Files.write(Path.of("target", "model-form-errors.png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("register")).click();
        waiting().until(ExpectedConditions.urlMatches("/models/[0-9a-f-]{36}$"));
        return browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    }

    @Test
    void registerWithAMistakeFixItLandOnTheModelAndFindItWithoutDiacritics() throws Exception {
        String title = "Dân vận khéo giữ gìn đường làng xanh sạch đẹp " + marker;
        String modelId = registerThroughTheForm(title);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã đăng ký mô hình.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã đăng ký");
        assertThat(browser.findElement(By.id("field")).getText()).isEqualTo("Văn hóa - xã hội");
        assertThat(browser.findElement(By.id("dossier")).getAttribute("href")).endsWith("/models/" + modelId + "/dossier");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Đăng ký");
        Files.write(Path.of("target", "model-page.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(url("/models"));
        browser.findElement(By.id("q")).sendKeys("DAN VAN KHEO giu gin duong lang xanh sach dep " + marker);
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("1 mô hình");
        link.click();
        waiting().until(ExpectedConditions.urlMatches("/models/" + modelId + "$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    void aDuplicateIsWarnedAboutAndAModelIsWithdrawnWithAReason() {
        String title = "Tổ hòa giải " + marker;
        String first = registerThroughTheForm(title);
        String second = registerThroughTheForm("TO HOA GIAI " + marker.toUpperCase());
        assertThat(second).isNotEqualTo(first);
        assertThat(browser.findElement(By.id("warnings")).getText()).contains("trùng tên").contains(title);

        browser.findElement(By.id("withdraw")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-errors")));
        assertThat(errorNextTo("withdraw-reason")).isEqualTo("là bắt buộc");

        browser.findElement(By.id("withdraw-reason")).sendKeys("Đăng ký trùng");
        browser.findElement(By.id("withdraw")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "Đã rút đăng ký"));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã rút đăng ký mô hình.");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Rút đăng ký").contains("Đăng ký trùng");
        assertThat(browser.findElements(By.id("withdraw"))).isEmpty();
    }
}
