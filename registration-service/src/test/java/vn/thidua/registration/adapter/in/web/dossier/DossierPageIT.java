package vn.thidua.registration.adapter.in.web.dossier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.adapter.in.web.page.RawCodes;
import vn.thidua.testsupport.files.SampleFiles;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.PageSession;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier page in a real browser: upload, list, download link, and refusals shown with their reason. */
@RegistrationTest
class DossierPageIT {

    private static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;

    @TempDir Path dir;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        TestIdentity.shared().signInNextAs(DossierApi.OFFICER);
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    private void open(String modelId, String lang) {
        browser.get("http://localhost:" + port + "/models/" + modelId + "/dossier?lang=" + lang);
    }

    private void upload(String kind, Path file) {
        if (kind != null) new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void anOfficerUploadsAPhotoAndSeesItListedWithADownloadLink() {
        String modelId = new DossierApi(http).registeredModel();
        open(modelId, "vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hồ sơ mô hình");
        assertThat(browser.findElement(By.id("content")).getText()).contains("Chưa có tài liệu nào.");
        assertThat(browser.findElement(By.id("upload")).getAttribute("enctype")).isEqualTo("multipart/form-data");
        assertThat(new Select(browser.findElement(By.id("kind"))).getOptions()).extracting(WebElement::getText)
                .contains("Hình ảnh", "Báo cáo thành tích (có xác nhận của cấp ủy cơ sở)", "Ảnh chân dung");

        upload("PHOTO", SampleFiles.write(dir, "Ảnh hội nghị.png", SampleFiles.png(Color.ORANGE)));

        assertThat(waitFor(By.cssSelector(".notice")).getText()).isEqualTo("Đã tải lên: Ảnh hội nghị.png");
        WebElement row = browser.findElement(By.cssSelector("#documents tbody tr"));
        assertThat(row.getText()).contains("Hình ảnh", "Ảnh hội nghị.png", "PNG", DossierApi.USER);
        String href = row.findElement(By.linkText("Tải về")).getAttribute("href");
        var download = PageSession.signedIn(port, DossierApi.OFFICER).getBytes(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(SampleFiles.png(Color.ORANGE));
        open(modelId, "vi");
        assertThat(RawCodes.check(browser, "registration-dossier")).isEmpty();
    }

    @Test
    void aForgedFileComesBackWithTheReasonAndTheChosenKindKept() {
        String modelId = new DossierApi(http).registeredModel();
        open(modelId, "vi");
        upload("REGISTRATION_FORM", SampleFiles.write(dir, "Mau-1.pdf", SampleFiles.exe()));

        WebElement summary = waitFor(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Định dạng tệp không được chấp nhận", "application/x-msdownload");
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("application/x-msdownload");
        assertThat(browser.findElement(By.id("file")).getAttribute("aria-describedby")).contains("file-error");
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("REGISTRATION_FORM");
        assertThat(browser.findElements(By.cssSelector("#documents tbody tr"))).isEmpty();
    }

    @Test
    void inEnglishAnEmptyFileIsRefusedInEnglish() {
        String modelId = new DossierApi(http).registeredModel();
        open(modelId, "en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Model dossier");
        upload("EVIDENCE", SampleFiles.write(dir, "empty.pdf", new byte[0]));
        assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("The uploaded file is empty");
        assertThat(browser.findElement(By.id("file-error")).getText()).isEqualTo("is empty");
        open(modelId, "vi");
    }

    @Test
    void aFileOverTheLimitIsRefusedOnThePageToo() throws Exception {
        String modelId = new DossierApi(http).registeredModel();
        Path big = dir.resolve("tài liệu lớn.pdf");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(SampleFiles.pdf("lon"));
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 21; i++) out.write(chunk);
        }
        open(modelId, "vi");
        upload("EVIDENCE", big);
        assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("vượt quá dung lượng cho phép 20 MB");
        assertThat(browser.getCurrentUrl()).contains("/models/" + modelId + "/dossier");
    }

    @Test
    void aWithdrawnModelsDossierShowsNoUploadForm() {
        DossierApi api = new DossierApi(http);
        String modelId = api.registeredModel();
        api.upload(modelId, "EVIDENCE", "minh chứng.pdf", SampleFiles.pdf("minh chung"));
        api.withdraw(modelId);
        open(modelId, "vi");
        assertThat(browser.findElement(By.cssSelector(".warning")).getText()).contains("rút đăng ký");
        assertThat(browser.findElements(By.id("upload"))).isEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#documents tbody tr")).isEmpty();
        });
        assertThat(browser.findElements(By.cssSelector("#documents button"))).as("no remove buttons").isEmpty();
    }

    @Test
    void anUnknownModelIsThe403PageAsOneOutsideTheSubtree() {
        var response = PageSession.signedIn(port, DossierApi.OFFICER).get("/models/khong-co/dossier");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("khong-co");
    }
}
