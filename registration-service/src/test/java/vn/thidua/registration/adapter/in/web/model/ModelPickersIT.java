package vn.thidua.registration.adapter.in.web.model;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.adapter.in.web.page.RawCodes;
import vn.thidua.registration.support.Callers;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.identity.TestIdentity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On a phone-wide screen (390 px) an officer registers a model choosing its unit and the model it replicates with
 * the pickers (typed without diacritics); the pickers' search pages work without JavaScript.
 */
@RegistrationTest
class ModelPickersIT {

    private static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        TestIdentity.shared().signInNextAs(Callers.officer(ModelFixtures.COMMUNE));
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String registeredOriginal(String campaign, String title) {
        return new ModelFixtures(http).registeredModel(campaign, ModelFixtures.COMMUNE, title);
    }

    /** Types into a picker and chooses the option whose text contains {@code choice}. */
    private void pick(String field, String typed, String choice) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(typed);
        WebElement option = waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[@id='" + field + "-options']/li[contains(., '" + choice + "')]")));
        option.click();
    }

    @Test
    void registerOnAPhoneChoosingTheUnitAndTheReplicatedModelWithThePickers() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        String campaign = fixtures.openCampaign(ModelFixtures.unique("pickers"));
        String marker = ModelFixtures.unique("mau").replaceAll("[^a-z0-9]", "");
        String originalTitle = "Chợ nông sản sạch " + marker;
        String original = registeredOriginal(campaign, originalTitle);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/models/new?lang=vi"));
        new Select(browser.findElement(By.id("campaignId"))).selectByValue(campaign);
        pick("unitId", "vinh thuy", "Vĩnh Thủy");
        assertThat(browser.findElement(By.id("unitId")).getAttribute("value")).isEqualTo(ModelFixtures.COMMUNE);
        assertThat(browser.findElement(By.id("unitId-chosen")).getText()).isEqualTo("Quảng Trị (kiểm thử) › Vĩnh Linh (kiểm thử) › Vĩnh Thủy");
        browser.findElement(By.cssSelector("input[name=registrantKind][value=COLLECTIVE]")).click();
        browser.findElement(By.cssSelector("input[name=novelty][value=NEW]")).click();
        String title = "Nhân rộng chợ nông sản sạch " + marker;
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("field"))).selectByValue("ECONOMY");
        pick("replicaOf", "nong san sach " + marker, originalTitle);
        assertThat(browser.findElement(By.id("replicaOf")).getAttribute("value")).isEqualTo(original);
        browser.findElement(By.id("register")).click();

        waiting().until(ExpectedConditions.urlMatches("/models/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã đăng ký mô hình.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(originalTitle);
        assertThat(RawCodes.check(browser, "registration-model")).isEmpty();

        browser.get(url("/models/new?lang=vi"));
        assertThat(RawCodes.check(browser, "registration-model-form")).isEmpty();
        browser.findElement(By.id("register")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(RawCodes.check(browser, "registration-model-form-errors")).isEmpty();
        browser.get(url("/models?lang=vi&q=" + marker));
        assertThat(RawCodes.check(browser, "registration-model-list")).isEmpty();
        browser.get(url("/units?lang=vi&parent=" + ModelFixtures.DISTRICT));
        assertThat(RawCodes.check(browser, "registration-unit-tree")).isEmpty();
        browser.get(url("/units/find?lang=vi&back=/models/new&field=unitId&q=vinh"));
        assertThat(RawCodes.check(browser, "registration-unit-find")).isEmpty();
    }

    @Test
    void withoutJavaScriptTheSearchPagesFindUnitsOfTheCallersSubtreeAndLeadBackToTheForm() {
        new ModelFixtures(http).vinhLinhUnits();
        browser.get(url("/units/find?back=/models/new&field=unitId&q=VINH"));
        String found = browser.findElement(By.id("choices")).getText();
        // the officer's commune, not the neighbouring commune nor the district above it
        assertThat(found).contains("Vĩnh Thủy").doesNotContain("Vĩnh Lâm").doesNotContain(ModelFixtures.DISTRICT);
        browser.findElement(By.linkText("Chọn")).click();
        waiting().until(ExpectedConditions.urlContains("/models/new"));
        assertThat(browser.findElement(By.id("unitId")).getAttribute("value")).isEqualTo(ModelFixtures.COMMUNE);
    }

    @Test
    void theManagingUnitPickerOffersTheUnitsAboveAndTheStartDateIsTypedDayFirst() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        String campaign = fixtures.openCampaign(ModelFixtures.unique("managing"));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/models/new?lang=vi"));
        new Select(browser.findElement(By.id("campaignId"))).selectByValue(campaign);
        // the district above the officer's commune: outside its subtree, yet the usual managing unit
        pick("managingUnitId", "vinh linh", "Vĩnh Linh");
        assertThat(browser.findElement(By.id("managingUnitId")).getAttribute("value")).isEqualTo(ModelFixtures.DISTRICT);
        assertThat(browser.findElement(By.id("managingUnitId-chosen")).getText())
                .isEqualTo("Quảng Trị (kiểm thử) › Vĩnh Linh (kiểm thử)");
        browser.findElement(By.cssSelector("input[name=registrantKind][value=COLLECTIVE]")).click();
        browser.findElement(By.cssSelector("input[name=novelty][value=NEW]")).click();
        browser.findElement(By.id("title")).sendKeys("Tổ tự quản " + campaign);
        new Select(browser.findElement(By.id("field"))).selectByValue("ECONOMY");
        browser.findElement(By.id("startDate")).sendKeys("31/02/2024");
        browser.findElement(By.id("register")).click();

        // a day that does not exist is named at the field and what was typed stays
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("startDate-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("startDate")).getAttribute("value")).isEqualTo("31/02/2024");
        browser.findElement(By.id("startDate")).clear();
        browser.findElement(By.id("startDate")).sendKeys("15/03/2024");
        browser.findElement(By.id("register")).click();

        waiting().until(ExpectedConditions.urlMatches("/models/[0-9a-f-]{36}$"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("15/03/2024");
        assertThat(browser.findElement(By.id("amend-startDate")).getAttribute("value")).isEqualTo("15/03/2024");

        // the unit picker proper still keeps to the officer's own subtree
        browser.get(url("/units/find?back=/models/new&field=managingUnitId&scope=managing&q=vinh+linh"));
        assertThat(browser.findElement(By.id("choices")).getText()).contains(ModelFixtures.DISTRICT);
        browser.get(url("/units/find?back=/models/new&field=unitId&q=vinh+linh"));
        assertThat(browser.findElements(By.id("choices"))).isEmpty();
    }
}
