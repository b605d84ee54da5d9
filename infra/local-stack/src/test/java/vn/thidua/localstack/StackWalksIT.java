package vn.thidua.localstack;

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
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.pdf.PdfText;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review and award stages walked in Chromium on the local stack (registration, review and award from their
 * jars, the development identity provider with its demo users): each user signs in through the provider's form
 * and works through the pages alone. Only what comes before the walk (a campaign, registered models, the unit's
 * documents, hand routing, earlier recognitions) is set up through the services' APIs as demo users.
 */
@WithInfrastructure
class StackWalksIT {

    private static final Duration EVENTUALLY = Duration.ofMinutes(5);

    // demo users of infra/identity (root README: demo users), all of Vĩnh Linh (D464)
    private static final String BOARD = "bandanvan.vinhlinh";
    private static final String DATA_ENTRY = "nhaplieu.vinhlinh";
    private static final String RECOGNISER = "congnhan.vinhlinh";
    private static final String COUNCIL = "hoidong.vinhlinh";
    private static final String DISTRICT = "D464";

    @TempDir
    static Path data;
    private static RunningStack stack;
    private static StackCalls calls;
    private static DemoData steps;
    private static ChromeDriver browser;

    @BeforeAll
    static void startServices(Infrastructure infrastructure) {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        stack = LocalStack.start(new LocalStack.Options().root(root).dataDir(data).randomPorts()
                .infrastructure(infrastructure).demo(true)
                .services("registration-service", "review-service", "award-service")
                .jvmArgs("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xss512k").healthTimeout(Duration.ofMinutes(6)));
        calls = new StackCalls(stack, EVENTUALLY);
        steps = new DemoData(stack.serviceUrl("registration"), stack.serviceUrl("review"), stack.serviceUrl("award"),
                stack.serviceUrl(LocalStack.IDENTITY), System.out, EVENTUALLY);
        // the 2025-03-01 tree: province 45 → district D464 Vĩnh Linh → its communes (award then opens its demo rounds)
        steps.importReferenceTree();
        browser = Browser.start();
    }

    @AfterAll
    static void stopServices() {
        if (browser != null) browser.quit();
        if (stack != null) stack.close();
    }

    /**
     * The Vĩnh Linh recognising authority takes a case from its worklist through the survey, its documents, the
     * meeting and the decision, and prints the decision.
     */
    @Test
    void theRecognisingAuthorityTakesACaseFromTheWorklistToAPrintedDecision() throws Exception {
        String title = "Dân vận khéo khu phố " + UUID.randomUUID().toString().substring(0, 8);
        String model = calls.register(DATA_ENTRY, launchCampaign(), "W19363", title);
        steps.openReviewCase(model, BOARD, RECOGNISER, DISTRICT);
        steps.supplyRecognitionDossier(model, DATA_ENTRY);
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        signIn(RECOGNISER, stack.serviceUrl("review") + "/cases?lang=vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hồ sơ xét công nhận");
        assertThat(browser.findElement(By.id("counts")).getText()).contains("Đang xét");
        browser.findElement(By.linkText(title)).click();

        // the case: routed by the board by hand to Vĩnh Linh, with the reason
        assertThat(browser.findElement(By.id("authority")).getText()).contains("Vĩnh Linh");
        assertThat(browser.findElement(By.id("rule")).getText()).isEqualTo("Ban Dân vận định tuyến thủ công");
        assertThat(browser.findElement(By.id("routing-reason")).getText()).startsWith("Kế hoạch phong trào");
        assertThat(browser.findElement(By.id("check-minutes")).getText()).startsWith("Còn thiếu");

        type("survey-surveyedOn", today);
        type("survey-inspectors", "Trần Thị Bình\nLê Văn Cường");
        type("survey-findings", "Mô hình hoạt động đều, người dân đồng thuận");
        browser.findElement(By.id("survey-submit")).click();
        assertNotice("Đã ghi kết quả khảo sát, kiểm tra.");
        assertThat(browser.findElement(By.id("surveys")).getText()).contains(today, "Lê Văn Cường");

        type("meeting-heldOn", today);
        type("meeting-chair", "Nguyễn Văn Hùng");
        type("meeting-membersPresent", "Nguyễn Văn Hùng\nTrần Thị Bình\nLê Văn Cường");
        type("meeting-membersTotal", "3");
        type("meeting-votesFor", "3");
        type("meeting-votesAgainst", "0");
        type("meeting-votesAbstaining", "0");
        type("meeting-conclusion", "Đề nghị công nhận điển hình");
        browser.findElement(By.id("meeting-submit")).click();
        assertNotice("Đã ghi cuộc họp xét.");
        assertThat(browser.findElement(By.id("meeting-outcome")).getText())
                .isEqualTo("Đủ số thành viên, đa số tán thành công nhận");

        for (String[] document : new String[][] {{"Biên bản họp xét", "05-BB/HU"}, {"Tờ trình kèm danh sách", "07-TTr/HU"}}) {
            new Select(browser.findElement(By.id("document-kind"))).selectByVisibleText(document[0]);
            type("document-reference", document[1]);
            type("document-issuedOn", today);
            browser.findElement(By.id("document-file")).sendKeys(pdfFile("bien-ban-").toString());
            browser.findElement(By.id("document-submit")).click();
            assertNotice("Đã ghi tài liệu.");
        }
        // the unit's documents reach review through Kafka: the checklist is complete once they have
        String casePage = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        await().atMost(EVENTUALLY).ignoreExceptions().until(() -> {
            browser.get(casePage);
            return !browser.findElement(By.id("checklist")).getText().contains("Còn thiếu");
        });

        type("recognize-decisionNumber", "12-QĐ/HU");
        type("recognize-decidedOn", today);
        type("recognize-signer", "Nguyễn Văn Hùng");
        new Select(browser.findElement(By.id("recognize-level"))).selectByVisibleText("Cấp huyện");
        browser.findElement(By.id("recognize-submit")).click();
        assertNotice("Đã công nhận điển hình.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã công nhận");
        assertThat(browser.findElement(By.id("decision-number")).getText()).isEqualTo("12-QĐ/HU");

        PdfText printed = pdf(browser.findElement(By.id("print")).getAttribute("href"));
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.text()).contains("Số: 12-QĐ/HU", "VĨNH LINH", title, "Hồ Xá", "Nguyễn Văn Hùng",
                "Kèm theo Quyết định số 12-QĐ/HU ngày " + today);
        assertThat(printed.image(0).getWidth()).isPositive();
    }

    /**
     * Vĩnh Linh's board proposes two recognised models and a person in the demo round "Dân vận khéo 2024"; the
     * council approves them in two decisions, one under each base salary; the PDFs carry the amounts by hand.
     */
    @Test
    void theBoardProposesTheCouncilApprovesAndTheDocumentsCarryTheAmounts() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String campaign = launchCampaign();
        String firstTitle = "Dân vận khéo làm đường giao thông " + marker;
        String secondTitle = "Dân vận khéo giữ gìn vệ sinh môi trường " + marker;
        String first = recognisedModel(campaign, "W19363", firstTitle, "21-QĐ/HU");
        String second = recognisedModel(campaign, "W19369", secondTitle, "22-QĐ/HU");

        // the demo round opens once award's tree copy has the district
        signIn(BOARD, stack.serviceUrl("award") + "/rounds?lang=vi");
        await().atMost(EVENTUALLY).until(() -> {
            browser.navigate().refresh();
            return browser.findElement(By.id("rounds")).getText().contains("Dân vận khéo 2024");
        });
        browser.findElement(By.linkText("Dân vận khéo 2024")).click();
        String round = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        proposeModel(round, first);
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã gửi đề nghị khen thưởng.");
        proposeModel(round, second);
        browser.get(round + "/proposals/new");
        browser.findElement(By.id("nomineeKind-INDIVIDUAL")).click();
        browser.findElement(By.id("name")).sendKeys("Nguyễn Thị Hoa");
        browser.findElement(By.id("position")).sendKeys("Chi hội trưởng phụ nữ");
        new Select(browser.findElement(By.id("unitId"))).selectByValue("W19363");
        new Select(browser.findElement(By.id("formCode"))).selectByValue("GIAY_KHEN");
        browser.findElement(By.id("summary")).sendKeys("Vận động hội viên làm đường giao thông nông thôn");
        browser.findElement(By.id("reportReference")).sendKeys("BC-07/HPN");
        browser.findElement(By.id("report")).sendKeys(pdfFile("bao-cao-thanh-tich-").toString());
        browser.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("counts")).getText()).startsWith("Chờ quyết định 3");

        signIn(COUNCIL, round);
        // Giấy khen, collective 0,6 (Decree 98/2023) × 1.800.000 (to 2024-06-30) = 1.080.000 đ
        browser.findElement(By.id("decide")).click();
        approve(firstTitle);
        decide("15/QĐ-HĐTĐKT", "20/06/2024");
        assertThat(previewAmounts()).containsExactly("1.080.000 đ");
        confirm();
        // under Decree 152/2025, base 2.340.000: collective 0,6 → 1.404.000 → 1.410.000 đ;
        // individual 0,3 → 702.000 → 710.000 đ (rounded up to the next 10.000 đ)
        browser.findElement(By.id("decide")).click();
        approve(secondTitle);
        approve("Nguyễn Thị Hoa");
        decide("42/QĐ-HĐTĐKT", "15/07/2025");
        assertThat(previewAmounts()).containsExactlyInAnyOrder("1.410.000 đ", "710.000 đ");
        assertThat(browser.findElement(By.id("preview-total")).getText()).isEqualTo("2.120.000 đ");
        confirm();
        assertThat(browser.findElement(By.id("approved-total")).getText()).isEqualTo("3.200.000 đ");

        PdfText before = pdf(decisionLink("15/QĐ-HĐTĐKT"));
        assertThat(before.fontsNotEmbedded()).isEmpty();
        assertThat(before.text()).contains("Số: 15/QĐ-HĐTĐKT", "ngày 20 tháng 06 năm 2024", firstTitle,
                "Giấy khen 0,6 1.800.000 đ 1.080.000 đ").doesNotContain(secondTitle);
        PdfText after = pdf(decisionLink("42/QĐ-HĐTĐKT"));
        assertThat(after.text()).contains("Số: 42/QĐ-HĐTĐKT", secondTitle, "Nguyễn Thị Hoa",
                "Giấy khen 0,6 2.340.000 đ 1.410.000 đ", "Giấy khen 0,3 2.340.000 đ 710.000 đ", "2.120.000 đ")
                .doesNotContain("1.080.000 đ");

        PdfText certificates = pdf(browser.findElement(By.id("certificates")).getAttribute("href"));
        assertThat(certificates.pages()).isEqualTo(3);
        assertThat(certificates.fontsNotEmbedded()).isEmpty();
        assertThat(certificates.text()).contains("GIẤY KHEN", "Nguyễn Thị Hoa", firstTitle, secondTitle,
                "Quyết định số 15/QĐ-HĐTĐKT", "Quyết định số 42/QĐ-HĐTĐKT");
    }

    // ------------------------------------------------------------------ in the browser

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Signs {@code user} in afresh through the provider's form (localhost cookies hold for every port). */
    private static void signIn(String user, String page) {
        browser.manage().deleteAllCookies();
        browser.get(page);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.serviceUrl(LocalStack.IDENTITY));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DemoData.DEMO_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waiting().until(ExpectedConditions.urlContains(page.replaceAll("\\?.*$", "")));
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The notice of the page the form led to (waits for it: the old page's notice may still be there). */
    private static void assertNotice(String expected) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo(expected));
    }

    /** A small PDF to upload (the services tell a file by its content: it must start as a PDF does). */
    private static Path pdfFile(String prefix) {
        try {
            Path file = java.nio.file.Files.createTempFile(prefix, ".pdf");
            java.nio.file.Files.write(file, DemoFiles.pdf(prefix + "Dân vận khéo"));
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Proposes a Giấy khen for the model, once award knows it as recognised (through Kafka) and offers it. */
    private static void proposeModel(String round, String modelId) {
        await().atMost(EVENTUALLY).until(() -> {
            browser.get(round + "/proposals/new");
            return !browser.findElements(By.cssSelector("#modelId option[value='" + modelId + "']")).isEmpty();
        });
        browser.findElement(By.id("nomineeKind-MODEL")).click();
        new Select(browser.findElement(By.id("modelId"))).selectByValue(modelId);
        new Select(browser.findElement(By.id("formCode"))).selectByValue("GIAY_KHEN");
        browser.findElement(By.id("summary")).sendKeys("Mô hình tiêu biểu của năm 2024");
        browser.findElement(By.id("reportReference")).sendKeys("BC-02");
        browser.findElement(By.id("report")).sendKeys(pdfFile("bao-cao-thanh-tich-").toString());
        browser.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    }

    /** Marks approved the pending proposal whose row names {@code nominee}. */
    private static void approve(String nominee) {
        WebElement row = browser.findElements(By.cssSelector(".verdict")).stream()
                .filter(v -> v.getText().contains(nominee)).findFirst().orElseThrow();
        browser.findElement(By.id("outcome-" + row.getAttribute("data-proposal-id") + "-APPROVED")).click();
    }

    private static void decide(String number, String day) {
        browser.findElement(By.id("decisionNumber")).sendKeys(number);
        browser.findElement(By.id("decisionDate")).sendKeys(day);
        browser.findElement(By.id("signer")).sendKeys("Lê Văn Quyết");
        browser.findElement(By.id("preview-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
    }

    private static void confirm() {
        browser.findElement(By.id("confirm")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    }

    private static java.util.List<String> previewAmounts() {
        return browser.findElements(By.cssSelector("#preview td.amount")).stream().map(WebElement::getText).toList();
    }

    private static String decisionLink(String number) {
        return browser.findElements(By.cssSelector("a.decision-pdf")).stream()
                .filter(a -> a.getText().contains(number)).findFirst().orElseThrow().getAttribute("href");
    }

    private static PdfText pdf(String href) {
        return PdfText.of(Browser.download(browser, href));
    }

    // ------------------------------------------------------------------ before the walk, through the APIs

    private static String launchCampaign() throws Exception {
        return calls.launchCampaign(BOARD, "walks", 5);
    }

    /** A model recognised by Vĩnh Linh's authority through the whole review (DemoData's steps). */
    private static String recognisedModel(String campaign, String unit, String title, String decision) throws Exception {
        String model = calls.register(DATA_ENTRY, campaign, unit, title);
        String reviewCase = steps.openReviewCase(model, BOARD, RECOGNISER, DISTRICT);
        steps.supplyRecognitionDossier(model, DATA_ENTRY);
        steps.prepareForRecognition(reviewCase, RECOGNISER, false);
        steps.recognise(reviewCase, RECOGNISER, decision);
        return model;
    }
}
