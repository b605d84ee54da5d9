package vn.thidua.registration.adapter.in.web.unit;

import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.adapter.in.web.page.RawCodes;
import vn.thidua.testsupport.browser.Browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestIdentity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer uploads a tree file with a bad row, watches the import finish and reads which row was rejected. */
@RegistrationTest
class UnitImportPageIT {

    private static ChromeDriver browser;

    @LocalServerPort int port;

    private final String p = "PG" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        TestIdentity.shared().signInNextAs(Callers.ADMINISTRATOR);
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    private Path file(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("unit-import-page").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void uploadsACsvWatchesTheProgressAndSeesTheBadRowInTheReport() throws Exception {
        Path csv = file("don-vi-" + p + ".csv", "code,parent_code,level,kind,name,full_name,opened_on\n"
                + p + "-W1," + p + "-D1,commune,xã,Vĩnh Giang,Xã Vĩnh Giang,\n"
                + p + "-D1," + p + ",district,huyện,Vĩnh Linh,Huyện Vĩnh Linh,\n"
                + p + ",,province,tỉnh,Quảng Trị,Tỉnh Quảng Trị,\n"
                + p + "-W2," + p + "-D1,commune,xã,Vĩnh Hiền,Xã Vĩnh Hiền,31/02/2025\n");
        browser.get("http://localhost:" + port + "/units/import?lang=vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nhập cây đơn vị");
        assertThat(RawCodes.check(browser, "registration-unit-import")).isEmpty();
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        browser.findElement(By.id("effectiveOn")).sendKeys("01/01/2020");
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(ExpectedConditions.urlMatches("/units/import/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("don-vi-" + p + ".csv");
        assertThat(browser.findElement(By.id("progress")).getTagName()).isEqualTo("progress");
        // the page refreshes itself until the job is done, then shows the report
        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã xong");
        assertThat(browser.findElement(By.id("progress")).getAttribute("max")).isEqualTo("4");
        assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("4");
        assertThat(browser.findElement(By.id("count-applied")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("count-rejected")).getText()).isEqualTo("1");
        List<WebElement> cells = report.findElements(By.cssSelector("#rejections tbody tr td"));
        assertThat(cells).extracting(WebElement::getText).containsExactly("5", p + "-W2",
                "ngày '31/02/2025' ở cột opened_on không hợp lệ (dùng dạng 2025-07-01 hoặc 01/07/2025)");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("01/01/2020");
        assertThat(RawCodes.check(browser, "registration-unit-import-job")).isEmpty();

        // the tree shows what was imported, found without diacritics
        browser.get("http://localhost:" + port + "/units?q=vinh giang&on=2024-01-01");
        browser.findElement(By.linkText("Xã Vĩnh Giang")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xã Vĩnh Giang");
        assertThat(browser.findElement(By.cssSelector("nav.breadcrumb")).getText()).contains("Quảng Trị › Vĩnh Linh › Vĩnh Giang");
        browser.findElement(By.linkText("Vĩnh Linh")).click();
        assertThat(browser.findElements(By.cssSelector("#children tbody tr"))).hasSize(1);

        browser.get("http://localhost:" + port + "/units/import?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import the organisation tree");
        browser.get("http://localhost:" + port + "/units/import?lang=vi");
    }

    @Test
    void aBrokenFileIsRefusedOnTheFormWithTheReason() throws Exception {
        Path wrong = file("sai-cot-" + p + ".csv", "ma,ten\nW1,Một\n");
        browser.get("http://localhost:" + port + "/units/import?lang=vi");
        browser.findElement(By.id("file")).sendKeys(wrong.toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
        assertThat(summary.getText()).contains("thiếu cột code, parent_code, level, kind, name, full_name");
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("cột không xác định ma, ten");
        assertThat(browser.getCurrentUrl()).endsWith("/units/import");
    }
}
