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
        assertThat(unknownModel.statusCode()).isEqualTo(409);
        assertThat(unknownModel.body()).contains("chưa được công nhận điển hình");
        assertThat(board.postForm(form, post, person("formCode", "BANG_KHEN_CHU_TICH_UBND_TINH")).statusCode())
                .isEqualTo(400);
        assertThat(board.postForm(form, post, person("unitId", COMMUNE_OF_OTHER_DISTRICT)).statusCode()).isEqualTo(403);
        assertThat(board.postFormWithoutToken(post, person()).statusCode()).isEqualTo(403);
        assertThat(proposals(roundId)).isZero();

        String script = "<script>alert(1)</script>";
        assertThat(board.postForm(form, post, person("name", script)).statusCode()).isEqualTo(302);
        String page = board.get("/rounds/" + roundId).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script);
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
