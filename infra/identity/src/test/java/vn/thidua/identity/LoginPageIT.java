package vn.thidua.identity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.testsupport.browser.PageTour;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page in the page kit's frame, in a real browser: axe-clean at 1366 and 390 px, no sideways scroll. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LoginPageIT {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = vn.thidua.testsupport.browser.Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theLoginPagePassesAxeAtBothWidthsAndAPickedDemoUserFillsTheForm() {
        browser.get("http://localhost:" + port + "/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href")).endsWith("/css/kit.css");
        assertThat(PageTour.check(browser, "identity-login")).isEmpty();

        browser.findElement(By.cssSelector("button.pick")).click();
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isNotBlank();
    }
}
