package vn.thidua.award;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.award.application.ModelTitles;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.browser.Browser;
import vn.thidua.testsupport.browser.PageTour;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.SampleEvents;
import vn.thidua.testsupport.pdf.PdfText;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_COMMUNE;

/**
 * In Chromium, through the pages alone: the district's board officer proposes two recognised models and one person
 * in "Dân vận khéo 2024", the district council approves them in two decisions (base salary 1,800,000 before
 * 2024-07-01, 2,340,000 after), the decision PDFs list the amounts computed by hand, the certificates and the
 * round's .xlsx download. Each page passes the page tour (axe, 390 px, screenshots).
 */
@AwardTest
class AwardPagesIT {

    private static final TestUser BOARD = TestUser.of("bandanvan.vinhlinh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser COUNCIL = TestUser.of("hoidong.vinhlinh", DISTRICT, "COUNCIL_MEMBER");
    private static final TestUser ADMIN = TestUser.of("quantri", "45", "ADMINISTRATOR");

    private static ChromeDriver browser;
    private static CloudEventRecords records;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;
    @Autowired ModelTitles titles;

    @BeforeAll
    static void openBrowser(CloudEventRecords connected) {
        records = connected;
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    private AwardApi api() {
        return new AwardApi(http, tree);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Signs {@code user} in afresh (cookies of localhost hold for every port: the provider's too). */
    private void signIn(TestUser user, String path) {
        browser.manage().deleteAllCookies();
        TestIdentity.shared().signInNextAs(user);
        browser.get(url(path));
        waiting().until(ExpectedConditions.urlContains(path));
    }

    private void tour(String name) {
        assertThat(PageTour.check(browser, name)).isEmpty();
    }

    @Test
    void theBoardProposesTheCouncilDecidesAndTheDocumentsCarryTheAmountsOfEachPeriod() throws Exception {
        api().organisationTree(records);
        String roundId = api().openRound(DISTRICT, COUNCIL, "GIAY_KHEN", "BANG_KHEN_CHU_TICH_UBND_TINH");
        String firstModel = api().recognizedModel(records, "dvk-2024", COMMUNE, BOARD);
        String secondModel = api().recognizedModel(records, "dvk-2024", OTHER_COMMUNE, BOARD);
        records.send(SampleEvents.modelRegistered(firstModel, "dvk-2024", COMMUNE));
        await().atMost(Duration.ofSeconds(60)).until(() -> titles.title(firstModel).isPresent());

        signIn(BOARD, "/rounds?lang=vi");
        assertThat(browser.findElement(By.id("rounds")).getText()).contains("Dân vận khéo 2024");
        tour("award-rounds");
        browser.get(url("/rounds/" + roundId));
        browser.findElement(By.id("propose")).click();
        tour("award-proposal-form");
        browser.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Đối tượng đề nghị: là bắt buộc");
        tour("award-proposal-form-errors");

        proposeModel(roundId, firstModel);
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã gửi đề nghị khen thưởng.");
        proposeModel(roundId, secondModel);
        browser.get(url("/rounds/" + roundId + "/proposals/new"));
        browser.findElement(By.id("nomineeKind-INDIVIDUAL")).click();
        browser.findElement(By.id("name")).sendKeys("Nguyễn Thị Hoa");
        browser.findElement(By.id("position")).sendKeys("Chi hội trưởng phụ nữ");
        new Select(browser.findElement(By.id("unitId"))).selectByValue(COMMUNE);
        new Select(browser.findElement(By.id("formCode"))).selectByValue("GIAY_KHEN");
        browser.findElement(By.id("summary")).sendKeys("Vận động hội viên làm đường giao thông nông thôn");
        browser.findElement(By.id("reportReference")).sendKeys("BC-07/HPN");
        browser.findElement(By.id("report")).sendKeys(reportFile());
        browser.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("counts")).getText()).startsWith("Chờ quyết định 3");
        assertThat(browser.findElements(By.cssSelector("#proposals .report-link"))).hasSize(3);

        signIn(COUNCIL, "/rounds/" + roundId);
        browser.findElement(By.id("decide")).click();
        tour("award-decision");
        // the first model before the base salary changed (2024-07-01): 0,6 × 1.800.000 = 1.080.000 đ
        decide(List.of(firstModel), "15/QĐ-HĐTĐKT", "20/06/2024");
        assertThat(previewAmounts()).containsExactly("1.080.000 đ");
        tour("award-decision-preview");
        browser.findElement(By.id("confirm")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        // the rest after it: 0,6 × 2.340.000 = 1.404.000 → 1.410.000 đ; 0,3 × 2.340.000 = 702.000 → 710.000 đ
        browser.findElement(By.id("decide")).click();
        List<String> rest = browser.findElements(By.cssSelector(".verdict")).stream()
                .map(e -> e.getAttribute("data-proposal-id")).toList();
        assertThat(rest).hasSize(2);
        decideProposals(rest, "42/QĐ-HĐTĐKT", "15/07/2025");
        assertThat(previewAmounts()).containsExactlyInAnyOrder("1.410.000 đ", "710.000 đ");
        assertThat(browser.findElement(By.id("preview-total")).getText()).isEqualTo("2.120.000 đ");
        browser.findElement(By.id("confirm")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("approved-total")).getText()).isEqualTo("3.200.000 đ");
        tour("award-round");

        PdfText before = PdfText.of(download(link("15/QĐ-HĐTĐKT")));
        assertThat(before.fontsNotEmbedded()).isEmpty();
        assertThat(before.text()).contains("Tập thể Hồ Xá, mô hình “Dân vận khéo trong xây dựng nông thôn mới”");
        assertThat(before.text()).contains("Số: 15/QĐ-HĐTĐKT", "ngày 20 tháng 06 năm 2024", "1.800.000 đ",
                "1.080.000 đ", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG VĨNH LINH", "Giấy khen 0,6 1.800.000 đ 1.080.000 đ");
        PdfText after = PdfText.of(download(link("42/QĐ-HĐTĐKT")));
        assertThat(after.text()).contains("Nguyễn Thị Hoa", "Chi hội trưởng phụ nữ", "2.340.000 đ", "1.410.000 đ",
                "710.000 đ", "2.120.000 đ").doesNotContain("1.080.000 đ");

        PdfText certificates = PdfText.of(download(browser.findElement(By.id("certificates")).getAttribute("href")));
        assertThat(certificates.pages()).isEqualTo(3);
        assertThat(darkPixels(certificates.image(0))).as("the first certificate, drawn").isGreaterThan(1000);
        assertThat(certificates.text()).contains("GIẤY KHEN", "Tặng", "Nguyễn Thị Hoa", "Quyết định số 42/QĐ-HĐTĐKT");
        assertThat(certificates.fontsNotEmbedded()).isEmpty();

        List<List<String>> sheet = rows(download(url("/rounds/" + roundId + "/list.xlsx")));
        assertThat(sheet.get(3)).startsWith("STT", "Đối tượng");
        assertThat(sheet.subList(4, 7)).extracting(r -> r.get(10))
                .containsExactlyInAnyOrder("1080000", "1410000", "710000");
        assertThat(sheet.subList(4, 7)).allSatisfy(r -> assertThat(r.get(5)).isEqualTo("Được khen thưởng"));

        browser.get(url("/rounds"));
        browser.findElement(By.id("open-round")).click();
        assertThat(browser.findElements(By.cssSelector("#formCodes input[type=checkbox]"))).isNotEmpty();
        tour("award-round-new");
    }

    @Test
    void everyoneReadsTheCatalogueAndTheAdministratorAddsABaseSalary() {
        signIn(BOARD, "/catalogue?lang=vi");
        assertThat(browser.findElement(By.id("base-salaries")).getText()).contains("2.340.000 đ", "Nghị định 73/2024/NĐ-CP");
        assertThat(browser.findElements(By.id("salary-form"))).isEmpty();
        tour("award-catalogue");
        browser.get(url("/catalogue?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Award catalogue");
        assertThat(browser.findElement(By.id("base-salaries")).getText()).contains("2,340,000 VND");
        browser.get(url("/catalogue?lang=vi"));

        signIn(ADMIN, "/catalogue");
        browser.findElement(By.id("salaryFrom")).sendKeys("01/07/2099");
        browser.findElement(By.id("amount")).sendKeys("mười triệu");
        browser.findElement(By.id("salarySource")).sendKeys("Nghị định thử");
        browser.findElement(By.id("save-salary")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Mức lương cơ sở (đồng): không phải một số");
        assertThat(browser.findElement(By.id("base-salaries")).getText()).doesNotContain("01/07/2099");
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("9.990.000");
        browser.findElement(By.id("save-salary")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("base-salaries")).getText()).contains("01/07/2099", "9.990.000 đ");
    }

    /** A small PDF to attach as the achievement report (báo cáo thành tích). */
    private static String reportFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("bao-cao-thanh-tich-", ".pdf");
            java.nio.file.Files.write(file, HostilePagesIT.PDF);
            file.toFile().deleteOnExit();
            return file.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void proposeModel(String roundId, String modelId) {
        browser.get(url("/rounds/" + roundId + "/proposals/new"));
        browser.findElement(By.id("nomineeKind-MODEL")).click();
        new Select(browser.findElement(By.id("modelId"))).selectByValue(modelId);
        new Select(browser.findElement(By.id("formCode"))).selectByValue("GIAY_KHEN");
        browser.findElement(By.id("summary")).sendKeys("Mô hình tiêu biểu của năm 2024");
        browser.findElement(By.id("reportReference")).sendKeys("BC-02");
        browser.findElement(By.id("report")).sendKeys(reportFile());
        browser.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    }

    /** Approves the pending proposals of these models, leaving the others for later. */
    private void decide(List<String> modelIds, String number, String day) {
        List<String> ids = new ArrayList<>();
        for (WebElement verdict : browser.findElements(By.cssSelector(".verdict"))) {
            String proposalId = verdict.getAttribute("data-proposal-id");
            String modelId = api().get("/api/award-proposals/" + proposalId, COUNCIL).getBody().path("modelId").asText();
            if (modelIds.contains(modelId)) ids.add(proposalId);
        }
        decideProposals(ids, number, day);
    }

    private void decideProposals(List<String> proposalIds, String number, String day) {
        for (String id : proposalIds) browser.findElement(By.id("outcome-" + id + "-APPROVED")).click();
        browser.findElement(By.id("decisionNumber")).sendKeys(number);
        browser.findElement(By.id("decisionDate")).sendKeys(day);
        browser.findElement(By.id("signer")).sendKeys("Lê Văn Quyết");
        browser.findElement(By.id("preview-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
    }

    private List<String> previewAmounts() {
        return browser.findElements(By.cssSelector("#preview td.amount")).stream().map(WebElement::getText).toList();
    }

    private String link(String decisionNumber) {
        return browser.findElements(By.cssSelector("a.decision-pdf")).stream()
                .filter(a -> a.getText().contains(decisionNumber)).findFirst().orElseThrow().getAttribute("href");
    }

    /** Downloads with the browser's session, as the link would (200 only). */
    private byte[] download(String href) {
        return Browser.download(browser, href);
    }

    private static long darkPixels(java.awt.image.BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) dark++;
            }
        }
        return dark;
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> new java.math.BigDecimal(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                        default -> cell.toString();
                    });
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
