package vn.thidua.registration.adapter.in.web.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.files.SampleFiles;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.registration.support.ModelFixtures.COMMUNE;
import static vn.thidua.registration.support.ModelFixtures.DISTRICT;
import static vn.thidua.registration.support.ModelFixtures.OTHER_COMMUNE;

/**
 * The plans page: a commune's officer files its plan (refused first, every field named), with its signed file (a
 * bad file refused with its reason); the district sees who has none and downloads the file.
 */
@RegistrationTest
class UnitPlanPageIT {

    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    /** The sample tree and an open campaign; returns its id. */
    private String openCampaign(String prefix) {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        return fixtures.openCampaign(ModelFixtures.unique(prefix));
    }

    @Test
    void anOfficerFilesItsPlanOnThePageAndTheDistrictSeesTheUnitsWithoutOne() {
        String campaign = openCampaign("trang-ke-hoach");
        String path = "/campaigns/" + campaign + "/plans";
        PageSession officer = PageSession.signedIn(port, TestUser.of("can-bo-trang", COMMUNE, "UNIT_OFFICER"));

        var page = officer.get(path + "?lang=vi");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kế hoạch thực hiện của đơn vị", "id=\"plan-form\"", "Chưa có kế hoạch");

        var refused = officer.postForm(path, path, Map.of("unitId", COMMUNE, "number", " ", "issuedOn", "31/02/2023",
                "signer", "Bí thư"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error-summary", "href=\"#number\"", "href=\"#issuedOn\"")
                .doesNotContain("href=\"#signer\"");

        var filed = officer.postForm(path, path, Map.of("unitId", COMMUNE, "number", "15-KH/ĐU",
                "issuedOn", "20/03/2023", "signer", "Bí thư Đảng ủy Nguyễn Văn An"));
        assertThat(filed.statusCode()).isBetween(300, 399);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(officer.get(path).body()).contains("15-KH/ĐU", "20/03/2023"));

        PageSession board = PageSession.signedIn(port, TestUser.of("ban-dan-van-trang", DISTRICT, "BOARD_OFFICER"));
        String overview = board.get(path + "?lang=vi").body();
        assertThat(overview).contains("id=\"missing\"", "Vĩnh Lâm", "15-KH/ĐU").doesNotContain("id=\"plan-form\"");
        assertThat(board.get(path + "?lang=en").body()).contains("Units without a plan");
    }

    @Test
    void anOfficerFilesThePlansSignedFileOnThePageAndAReaderDownloadsItWhileABadFileIsRefused() {
        String campaign = openCampaign("trang-ke-hoach-tep");
        String path = "/campaigns/" + campaign + "/plans";
        PageSession officer = PageSession.signedIn(port, TestUser.of("can-bo-trang-tep", COMMUNE, "UNIT_OFFICER"));
        Map<String, String> plan = Map.of("unitId", COMMUNE, "number", "15-KH/ĐU", "issuedOn", "20/03/2023",
                "signer", "Bí thư Đảng ủy Nguyễn Văn An");
        assertThat(officer.get(path + "?lang=vi").body()).contains("enctype=\"multipart/form-data\"",
                "id=\"file\"", "PDF hoặc DOCX, tối đa 20 MB");

        var forged = officer.postMultipart(path, path, plan, "file", "Kế hoạch.pdf", SampleFiles.exe());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("error-summary", "href=\"#file\"", "id=\"file-error\"",
                "Định dạng tệp không được chấp nhận", "application/x-msdownload");
        var empty = officer.postMultipart(path + "?lang=en", path, plan, "file", "empty.pdf", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("href=\"#file\"");
        assertThat(officer.get(path + "?lang=vi").body()).contains("id=\"plan-count\"", ": 0 / ");
        assertThat(officer.get(path + "?rejected=file-too-large&lang=vi").body())
                .contains("href=\"#file\"", "vượt quá dung lượng cho phép 20 MB");

        byte[] pdf = SampleFiles.pdf("Ke hoach 15-KH/DU");
        var filed = officer.postMultipart(path, path, plan, "file", "Kế hoạch 15-KH.pdf", pdf);
        assertThat(filed.statusCode()).isBetween(300, 399);
        String href = "/campaigns/" + campaign + "/plans/" + COMMUNE + "/document";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(officer.get(path + "?lang=vi").body())
                .contains("15-KH/ĐU", "Kế hoạch 15-KH.pdf", "href=\"" + href + "\""));

        PageSession board = PageSession.signedIn(port, TestUser.of("ban-dan-van-trang-tep", DISTRICT, "BOARD_OFFICER"));
        var download = board.getBytes(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        PageSession neighbour = PageSession.signedIn(port, TestUser.of("can-bo-lang-gieng", OTHER_COMMUNE,
                "UNIT_OFFICER"));
        assertThat(neighbour.getBytes(href).statusCode()).isEqualTo(403);
    }
}
