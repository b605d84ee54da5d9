package vn.thidua.review.adapter.in.web.page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.ReviewTest;
import vn.thidua.review.application.ReviewCaseStore;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.browser.PageTour;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;
import vn.thidua.testsupport.pdf.PdfText;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Vĩnh Linh recognising authority, in a real browser and through the pages alone, takes a case from its
 * worklist through the survey, its documents, the meeting and the decision; a refused form shows the rule's
 * Vietnamese text next to its field; then checks its effectiveness. The printed decision carries its number, the model and the unit in
 * Vietnamese. Each page passes the page tour (axe, no sideways scroll, screenshots).
 */
@ReviewTest
class ReviewerWalkIT {

    /** The demo user of the Vĩnh Linh recognising authority. */
    private static final TestUser AUTHORITY = TestUser.of("congnhan.vinhlinh", OrganisationTree.DISTRICT,
            "RECOGNISING_AUTHORITY");
    private static final Instant DISTRICT_ERA = Instant.parse("2024-10-01T03:00:00Z");

    private static ChromeDriver browser;
    private static CloudEventRecords records;

    @LocalServerPort int port;
    @Autowired TreeCopy tree;
    @Autowired ReviewCaseStore cases;

    @BeforeAll
    static void openBrowser(CloudEventRecords connected) {
        records = connected;
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A model of Hồ Xá registered in the district era, with the unit's documents; its case routed to Vĩnh Linh. */
    private String caseWithUnitDocuments(String title) {
        OrganisationTree.publish(records, unitId -> tree.find(unitId).isPresent());
        String modelId = UUID.randomUUID().toString();
        Actor officer = new Actor("can-bo-xa", OrganisationTree.COMMUNE);
        records.send(new ModelRegistered(modelId, "walk-campaign", OrganisationTree.COMMUNE, OrganisationTree.DISTRICT,
                RegistrantKind.COLLECTIVE, title, ModelField.NEW_RURAL_CONSTRUCTION, officer, DISTRICT_ERA));
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.ACHIEVEMENT_REPORT, DocumentKind.PHOTO,
                DocumentKind.PHOTO, DocumentKind.PORTRAIT, DocumentKind.PORTRAIT}) {
            records.send(new DossierDocumentAttached(modelId, UUID.randomUUID().toString(), kind, "tep.jpg",
                    "image/jpeg", 1000, "ab", officer, DISTRICT_ERA));
        }
        String caseId = ReviewCaseIds.forModel(modelId);
        await().atMost(Duration.ofSeconds(60)).until(() -> cases.find(caseId)
                .filter(c -> c.getDossier().size() == 5 && OrganisationTree.DISTRICT.equals(c.getAuthorityUnitId()))
                .isPresent());
        return caseId;
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String buttonId) {
        browser.findElement(By.id(buttonId)).click();
    }

    /** The notice of the page the form led to (waits for it: the old page's notice may still be there). */
    private void assertNotice(String expected) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo(expected));
    }


    /** A PDF behind a link, with the browser's session. */
    private static byte[] download(String href) {
        HttpResponse<byte[]> response = Browser.fetch(browser, href);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    @Test
    void theAuthorityTakesACaseFromTheWorklistToADecisionUsingThePagesAlone() throws java.io.IOException {
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("review-walk").resolve("bien-ban.pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String title = "Dân vận khéo " + UUID.randomUUID().toString().substring(0, 8);
        String caseId = caseWithUnitDocuments(title);
        List<String> problems = new ArrayList<>();
        synchronized (TestIdentity.class) {
            TestIdentity.shared().signInNextAs(AUTHORITY);
            browser.get(url("/cases?lang=vi"));
        }

        // the worklist: what is routed to Vĩnh Linh, with counts by stage
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hồ sơ xét công nhận");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("Vĩnh Linh");
        assertThat(browser.findElement(By.id("counts")).getText()).contains("Đang xét");
        problems.addAll(PageTour.check(browser, "review-worklist"));
        browser.findElement(By.linkText(title)).click();

        // the case: routing explained, the checklist naming what is missing
        assertThat(browser.findElement(By.id("authority")).getText()).isEqualTo("Vĩnh Linh");
        assertThat(browser.findElement(By.id("rule")).getText()).isEqualTo("Quy tắc 5");
        assertThat(browser.findElement(By.id("check-minutes")).getText()).startsWith("Còn thiếu");
        assertThat(browser.findElement(By.id("check-model-photos")).getText()).startsWith("Đã có");
        problems.addAll(PageTour.check(browser, "review-case"));

        // the survey
        type("survey-surveyedOn", "10/10/2024");
        type("survey-inspectors", "Trần Thị Bình\nLê Văn Cường");
        type("survey-findings", "Mô hình hoạt động đều, người dân đồng thuận");
        submit("survey-submit");
        assertNotice("Đã ghi kết quả khảo sát, kiểm tra.");
        assertThat(browser.findElement(By.id("surveys")).getText()).contains("10/10/2024", "Lê Văn Cường");

        // a meeting whose votes do not add up is refused, the rule's text next to the field, nothing recorded
        type("meeting-heldOn", "20/10/2024");
        type("meeting-chair", "Nguyễn Văn Hùng");
        type("meeting-membersPresent", "Nguyễn Văn Hùng\nTrần Thị Bình\nLê Văn Cường");
        type("meeting-membersTotal", "3");
        type("meeting-votesFor", "2");
        type("meeting-votesAgainst", "0");
        type("meeting-votesAbstaining", "0");
        type("meeting-conclusion", "Đề nghị công nhận điển hình");
        submit("meeting-submit");
        assertThat(browser.findElement(By.id("meeting-votesFor-error")).getText())
                .isEqualTo("tổng số phiếu phải bằng số thành viên dự họp (3)");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("tổng số phiếu");
        assertThat(browser.findElements(By.id("meeting-result"))).isEmpty();
        problems.addAll(PageTour.check(browser, "review-meeting-refused"));
        type("meeting-votesFor", "3");
        submit("meeting-submit");
        assertNotice("Đã ghi cuộc họp xét.");
        assertThat(browser.findElement(By.id("meeting-outcome")).getText())
                .isEqualTo("Đủ số thành viên, đa số tán thành công nhận");

        // recognition is refused while the authority's own documents are missing, naming them
        type("recognize-decisionNumber", "12-QĐ/HU");
        type("recognize-decidedOn", "01/11/2024");
        type("recognize-signer", "Nguyễn Văn Hùng");
        new Select(browser.findElement(By.id("recognize-level"))).selectByVisibleText("Cấp huyện");
        submit("recognize-submit");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("biên bản họp xét công nhận", "tờ trình kèm danh sách đề nghị công nhận");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang xét");

        for (String[] document : new String[][] {{"Biên bản họp xét", "05-BB/HU"}, {"Tờ trình kèm danh sách", "07-TTr/HU"}}) {
            new Select(browser.findElement(By.id("document-kind"))).selectByVisibleText(document[0]);
            type("document-reference", document[1]);
            type("document-issuedOn", "21/10/2024");
            browser.findElement(By.id("document-file")).sendKeys(pdf.toString());
            submit("document-submit");
            assertNotice("Đã ghi tài liệu.");
        }
        assertThat(browser.findElement(By.id("checklist")).getText()).doesNotContain("Còn thiếu");
        assertThat(browser.findElements(By.cssSelector("#documents a.download"))).extracting(WebElement::getText)
                .containsExactly("Tải về bien-ban.pdf", "Tải về bien-ban.pdf");
        String minutes = browser.findElement(By.cssSelector("#documents a.download")).getAttribute("href");
        assertThat(download(minutes)).isEqualTo(java.nio.file.Files.readAllBytes(pdf));

        type("recognize-decisionNumber", "12-QĐ/HU");
        type("recognize-decidedOn", "01/11/2024");
        type("recognize-signer", "Nguyễn Văn Hùng");
        new Select(browser.findElement(By.id("recognize-level"))).selectByVisibleText("Cấp huyện");
        submit("recognize-submit");
        assertNotice("Đã công nhận điển hình.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã công nhận");
        assertThat(browser.findElement(By.id("decision-number")).getText()).isEqualTo("12-QĐ/HU");
        assertThat(cases.find(caseId).orElseThrow().getStatus()).isEqualTo("RECOGNIZED");
        // the six-month effectiveness check of the recognised model
        new Select(browser.findElement(By.id("effectiveness-milestone"))).selectByVisibleText("Sơ kết 6 tháng");
        type("effectiveness-year", "2024");
        new Select(browser.findElement(By.id("effectiveness-verdict"))).selectByVisibleText("Hoạt động hiệu quả");
        type("effectiveness-evidence", "Sinh hoạt đều hằng tháng");
        type("effectiveness-assessedOn", "20/11/2024");
        submit("effectiveness-submit");
        assertNotice("Đã ghi đánh giá hoạt động hiệu quả.");
        assertThat(browser.findElement(By.id("effectiveness-result")).getText())
                .contains("Sơ kết 6 tháng 2024", "Hoạt động hiệu quả", "20/11/2024");
        problems.addAll(PageTour.check(browser, "review-case-recognized"));
        String href = browser.findElement(By.id("print")).getAttribute("href");
        // the milestone's page lists the model with its verdict
        browser.get(url("/effectiveness?milestone=SIX_MONTH&year=2024&lang=vi"));
        assertThat(browser.findElement(By.id("row-" + caseId)).getText()).contains(title, "Hoạt động hiệu quả");
        problems.addAll(PageTour.check(browser, "review-effectiveness"));
        assertThat(problems).isEmpty();

        // the printed decision, from the case page's link, in the browser's session
        PdfText printed = PdfText.of(download(href));
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.text()).contains("Số: 12-QĐ/HU", "VĨNH LINH", title,
                "Hồ Xá", "Nguyễn Văn Hùng", "Kèm theo Quyết định số 12-QĐ/HU ngày 01/11/2024");
        assertThat(printed.image(0).getWidth()).isPositive();
    }
}
