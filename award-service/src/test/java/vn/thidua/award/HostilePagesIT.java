package vn.thidua.award;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE_OF_OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input to the award pages and downloads: every bad form comes back with 4xx and its errors, every bad
 * download or unknown round is a 4xx problem+json, and none of them proposes, decides or changes the catalogue.
 */
@AwardTest
class HostilePagesIT {

    private static final TestUser BOARD = TestUser.of("ban-dan-van-vinh-linh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser COUNCIL = TestUser.of("hoi-dong-vinh-linh", DISTRICT, "COUNCIL_MEMBER");
    private static final TestUser ADMIN = TestUser.of("quan-tri", "45", "ADMINISTRATOR");

    private static CloudEventRecords records;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
    }

    private AwardApi api() {
        return new AwardApi(http, tree);
    }

    private static Map<String, String> person(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("nomineeKind", "INDIVIDUAL", "name", "Trần Văn Bình",
                "unitId", COMMUNE, "formCode", "GIAY_KHEN", "summary", "Tiêu biểu", "reportReference", "BC-1"));
        for (int i = 0; i < overrides.length; i += 2) fields.put(overrides[i], overrides[i + 1]);
        return fields;
    }

    private int proposals(String roundId) {
        return api().get("/api/award-rounds/" + roundId + "/proposals", COUNCIL).getBody().size();
    }

    @Test
    void badProposalsAreRefusedWithTheirErrorsAndProposeNothing() {
        api().organisationTree(records);
        String roundId = api().openRound(DISTRICT, COUNCIL, "GIAY_KHEN");
        PageSession board = PageSession.signedIn(port, BOARD);
        String form = "/rounds/" + roundId + "/proposals/new";
        String post = "/rounds/" + roundId + "/proposals";

        HttpResponse<String> kind = board.postForm(form, post, person("nomineeKind", "EVIL"));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("Đối tượng đề nghị: không phải một lựa chọn của trang");
        assertThat(board.postForm(form, post, person("summary", "x".repeat(5000))).statusCode()).isEqualTo(400);
        HttpResponse<String> unknownModel = board.postForm(form, post, Map.of("nomineeKind", "MODEL",
                "modelId", UUID.randomUUID().toString(), "formCode", "GIAY_KHEN", "summary", "x", "reportReference", "y"));
        assertThat(unknownModel.statusCode()).as("an unknown model is refused as one outside the subtree")
                .isEqualTo(403);
        assertThat(board.postForm(form, post, person("formCode", "BANG_KHEN_CHU_TICH_UBND_TINH")).statusCode())
                .isEqualTo(400);
        assertThat(board.postForm(form, post, person("unitId", COMMUNE_OF_OTHER_DISTRICT)).statusCode()).isEqualTo(403);
        assertThat(board.postFormWithoutToken(post, person()).statusCode()).isEqualTo(403);
        assertThat(proposals(roundId)).isZero();

        HttpResponse<String> noReport = board.postForm(form, post, person());
        assertThat(noReport.statusCode()).isEqualTo(400);
        assertThat(noReport.body()).contains("chưa chọn tệp báo cáo thành tích");
        HttpResponse<String> program = board.postMultipart(form, post, person(), "report", "bao-cao.exe",
                "MZ this is a program".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(board.postMultipart(form, post, person(), "report", "trong.pdf", new byte[0]).statusCode())
                .isEqualTo(400);
        byte[] huge = java.util.Arrays.copyOf(PDF, 12 * 1024 * 1024);
        HttpResponse<String> tooLarge = board.postMultipart(form, post, person(), "report", "lon.pdf", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        byte[] justOver = java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        HttpResponse<String> overReport = board.postMultipart(form, post, person(), "report", "lon.pdf", justOver);
        assertThat(overReport.statusCode()).isEqualTo(400);
        assertThat(overReport.body()).contains("tệp lớn hơn 10 MB");
        assertThat(proposals(roundId)).isZero();

        String script = "<script>alert(1)</script>";
        assertThat(board.postMultipart(form, post, person("name", script), "report", "../../Báo cáo <b>.pdf",
                PDF).statusCode()).isEqualTo(302);
        String page = board.get("/rounds/" + roundId).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script);
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The report goes with the proposal, is read by those who read the proposal, and changes only while pending. */
    @Test
    void theReportIsStoredByItsContentAndReadOnlyWithinReach() {
        api().organisationTree(records);
        String roundId = api().openRound(DISTRICT, COUNCIL, "GIAY_KHEN");
        PageSession board = PageSession.signedIn(port, BOARD);
        String form = "/rounds/" + roundId + "/proposals/new";
        assertThat(board.postMultipart(form, "/rounds/" + roundId + "/proposals", person("name", "Hồ Thị Lan"),
                "report", "C:\\tmp\\Báo cáo thành tích.docx", PDF).statusCode()).isEqualTo(302);
        String proposalId = api().get("/api/award-rounds/" + roundId + "/proposals", COUNCIL).getBody().get(0)
                .get("proposalId").asText();
        String download = "/rounds/" + roundId + "/proposals/" + proposalId + "/report";

        HttpResponse<byte[]> report = PageSession.signedIn(port, COUNCIL).getBytes(download);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).isEqualTo(PDF);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("B%C3%A1o%20c%C3%A1o%20th%C3%A0nh%20t%C3%ADch.pdf")
                .doesNotContain("tmp");
        assertThat(report.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        TestUser stranger = TestUser.of("hoi-dong-gio-linh", OTHER_DISTRICT, "COUNCIL_MEMBER");
        assertThat(PageSession.signedIn(port, stranger).getBytes(download).statusCode()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, COUNCIL).getBytes("/rounds/" + roundId + "/proposals/"
                + UUID.randomUUID() + "/report").statusCode()).isEqualTo(403);
        assertThat(api().download("/api/award-proposals/" + proposalId + "/report", COUNCIL).getBody()).isEqualTo(PDF);

        String round = "/rounds/" + roundId;
        HttpResponse<String> bad = board.postMultipart(round, download, Map.of(), "report", "x.png",
                "GIF89a not a png".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("không phải PDF, DOC, DOCX, JPEG, PNG");
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                + "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        assertThat(board.postMultipart(round, download, Map.of(), "report", "anh.png", png).statusCode()).isEqualTo(302);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> java.util.Arrays.equals(
                PageSession.signedIn(port, COUNCIL).getBytes(download).body(), png));
    }

    /** The council opens, closes, reopens and widens its round from the pages; bad input changes nothing. */
    @Test
    void theCouncilManagesItsRoundFromThePages() {
        api().organisationTree(records);
        PageSession council = PageSession.signedIn(port, COUNCIL);
        Map<String, String> round = new LinkedHashMap<>(Map.of("name", "Sơ kết 5 năm Dân vận khéo", "kind",
                "INTERIM_REVIEW", "councilUnitId", DISTRICT, "proposalDeadline", "31/12/2099", "formCodes", "GIAY_KHEN",
                "budget", "20000000"));
        Map<String, String> badDay = new LinkedHashMap<>(round);
        badDay.put("proposalDeadline", "31/02/2099");
        assertThat(council.postForm("/rounds/new", "/rounds", badDay).statusCode()).isEqualTo(400);
        Map<String, String> badKind = new LinkedHashMap<>(round);
        badKind.put("kind", "EVIL");
        assertThat(council.postForm("/rounds/new", "/rounds", badKind).statusCode()).isEqualTo(400);
        Map<String, String> elsewhere = new LinkedHashMap<>(round);
        elsewhere.put("councilUnitId", OTHER_DISTRICT);
        assertThat(council.postForm("/rounds/new", "/rounds", elsewhere).statusCode()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, BOARD).postForm("/rounds", "/rounds", round).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/award-rounds", COUNCIL).getBody().findValuesAsText("name"))
                .doesNotContain("Sơ kết 5 năm Dân vận khéo");

        HttpResponse<String> opened = council.postForm("/rounds/new", "/rounds", round);
        assertThat(opened.statusCode()).isEqualTo(302);
        String page = opened.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
                .replaceAll("\\?.*$", "");
        String roundId = page.substring("/rounds/".length());
        assertThat(council.postForm(page, page + "/reopen", Map.of("reason", "Bổ sung", "proposalDeadline", "31/12/2099"))
                .statusCode()).as("an open round is not reopened").isEqualTo(409);
        assertThat(council.postForm(page, page + "/close", Map.of()).statusCode()).isEqualTo(302);
        assertThat(council.postForm(page, page + "/reopen", Map.of("reason", " ", "proposalDeadline", "31/12/2099"))
                .statusCode()).isEqualTo(400);
        assertThat(council.postForm(page, page + "/reopen", Map.of("reason", "Bổ sung hồ sơ xã", "proposalDeadline",
                "31/12/2099")).statusCode()).isEqualTo(302);
        assertThat(council.postForm(page, page + "/forms", Map.of("formCodes", "NO_SUCH_FORM")).statusCode())
                .isEqualTo(400);
        assertThat(council.postForm(page, page + "/forms", Map.of("formCodes", "BANG_KHEN_CHU_TICH_UBND_TINH"))
                .statusCode()).isEqualTo(302);

        var api = api().get("/api/award-rounds/" + roundId, COUNCIL).getBody().get("round");
        assertThat(api.get("kind").asText()).isEqualTo("INTERIM_REVIEW");
        assertThat(api.get("status").asText()).isEqualTo("OPEN");
        assertThat(api.get("budget").asLong()).isEqualTo(20_000_000L);
        assertThat(api.get("formCodes").toString()).contains("GIAY_KHEN", "BANG_KHEN_CHU_TICH_UBND_TINH");
        assertThat(api.get("history").findValuesAsText("change")).containsExactly("OPENED", "CLOSED", "REOPENED",
                "FORMS_ADDED");
        assertThat(council.get(page).body()).contains("Bổ sung hồ sơ xã", "Sơ kết");
    }

    @Test
    void badDecisionsAreRefusedAndDecideNothing() {
        api().organisationTree(records);
        String roundId = api().openRound(DISTRICT, COUNCIL, "GIAY_KHEN");
        String proposalId = api().awaitProposal(api().proposePerson(roundId, "Lê Thị Mai", COMMUNE, "GIAY_KHEN", BOARD),
                COUNCIL);
        PageSession council = PageSession.signedIn(port, COUNCIL);
        String page = "/rounds/" + roundId + "/decision";
        Map<String, String> decision = new LinkedHashMap<>(Map.of("decisionNumber", "1/QĐ", "decisionDate", "20/06/2024",
                "signer", "Lê Văn Quyết", "outcome-" + proposalId, "APPROVED", "confirm", "yes"));

        Map<String, String> stranger = new LinkedHashMap<>(decision);
        stranger.remove("outcome-" + proposalId);
        stranger.put("outcome-" + UUID.randomUUID(), "APPROVED");
        assertThat(council.postForm(page, page, stranger).statusCode()).isEqualTo(400);
        Map<String, String> badDay = new LinkedHashMap<>(decision);
        badDay.put("decisionDate", "31/02/2024");
        HttpResponse<String> refused = council.postForm(page, page, badDay);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ngày quyết định: không phải ngày dạng ngày/tháng/năm");
        Map<String, String> badOutcome = new LinkedHashMap<>(decision);
        badOutcome.put("outcome-" + proposalId, "MAYBE");
        assertThat(council.postForm(page, page, badOutcome).statusCode()).isEqualTo(400);
        Map<String, String> unsigned = new LinkedHashMap<>(decision);
        unsigned.put("signer", " ");
        assertThat(council.postForm(page, page, unsigned).statusCode()).isEqualTo(400);
        PageSession board = PageSession.signedIn(port, BOARD);
        assertThat(board.postForm("/rounds/" + roundId + "/proposals/new", page, decision).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/award-proposals/" + proposalId, COUNCIL).getBody().get("status").asText())
                .isEqualTo("PENDING");

        HttpResponse<byte[]> noNumber = council.getBytes("/rounds/" + roundId + "/decision.pdf");
        assertThat(noNumber.statusCode()).isEqualTo(400);
        assertThat(noNumber.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        // what does not exist is refused as what one may not see: ids cannot be probed
        assertThat(council.getBytes("/rounds/" + roundId + "/decision.pdf?number=1%2FQ%C4%90").statusCode()).isEqualTo(403);
        assertThat(council.getBytes("/rounds/" + roundId + "/certificates.pdf").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> unknown = council.getBytes("/rounds/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(new String(unknown.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Không có quyền truy cập");
    }

    @Test
    void theCatalogueChangesOnlyForAnAdministratorWithGoodInput() {
        PageSession board = PageSession.signedIn(port, BOARD);
        Map<String, String> salary = Map.of("salaryFrom", "01/01/2098", "amount", "5000000", "salarySource", "NĐ thử");
        assertThat(board.postForm("/catalogue", "/catalogue/base-salaries", salary).statusCode()).isEqualTo(403);
        PageSession admin = PageSession.signedIn(port, ADMIN);
        assertThat(admin.postForm("/catalogue", "/catalogue/base-salaries", Map.of("salaryFrom", "01/13/2098",
                "amount", "5000000", "salarySource", "NĐ thử")).statusCode()).isEqualTo(400);
        assertThat(admin.postForm("/catalogue", "/catalogue/base-salaries", Map.of("salaryFrom", "01/01/2098",
                "amount", "-5", "salarySource", "NĐ thử")).statusCode()).isEqualTo(400);
        assertThat(admin.postForm("/catalogue", "/catalogue/coefficients", Map.of("formCode", "GIAY_KHEN",
                "coefficientsFrom", "01/01/2098", "coefficient-INDIVIDUAL", "ba", "coefficientsSource", "NĐ thử"))
                .statusCode()).isEqualTo(400);
        assertThat(admin.postForm("/catalogue", "/catalogue/coefficients", Map.of("formCode", "NO_SUCH_FORM",
                "coefficientsFrom", "01/01/2098", "coefficient-INDIVIDUAL", "1", "coefficientsSource", "NĐ thử"))
                .statusCode()).isEqualTo(400);
        assertThat(admin.postForm("/catalogue", "/catalogue/coefficients", Map.of("formCode", "KY_NIEM_CHUONG_VI_SU_NGHIEP_DAN_VAN",
                "coefficientsFrom", "01/01/2098", "coefficient-COLLECTIVE", "1", "coefficientsSource", "NĐ thử"))
                .statusCode()).isEqualTo(400);
        assertThat(api().get("/api/award-catalogue", ADMIN).getBody().toString()).doesNotContain("2098");
    }
}
