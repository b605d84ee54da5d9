package vn.thidua.registration.adapter.in.web.page;

import vn.thidua.registration.RegistrationTest;
import vn.thidua.testsupport.browser.Browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages speak Vietnamese by default and English on request, in a real browser. */
@RegistrationTest
class HomePageIT {

    private static ChromeDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        // the first page sends the browser through the provider's sign-in, which signs this officer in
        TestIdentity.shared().signInNextAs(Callers.officer("WX19390"));
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void vietnameseByDefaultEnglishOnRequestAndRemembered() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký mô hình \"Dân vận khéo\"");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Register \"Dân vận khéo\" models");

        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.linkText("Tiếng Việt")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký mô hình \"Dân vận khéo\"");
    }

    @Test
    void theHomePageSitsInThePageKitAndPassesAxeAtBothWidths() {
        browser.get("http://localhost:" + port + "/?lang=vi");
        assertThat(browser.findElement(By.cssSelector("nav.services a[aria-current]")).getText()).isEqualTo("Đăng ký");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("Cán bộ đơn vị");
        assertThat(browser.findElement(By.cssSelector("nav.menu")).getText()).contains("Đăng ký mô hình");
        assertThat(RawCodes.check(browser, "registration-home")).isEmpty();
    }
}
