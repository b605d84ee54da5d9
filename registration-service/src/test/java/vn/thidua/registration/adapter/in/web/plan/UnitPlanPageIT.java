package vn.thidua.registration.adapter.in.web.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.registration.support.ModelFixtures.COMMUNE;
import static vn.thidua.registration.support.ModelFixtures.DISTRICT;

/** The plans page: a commune's officer files its plan (refused first, every field named); the district sees who has none. */
@RegistrationTest
class UnitPlanPageIT {

    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    @Test
    void anOfficerFilesItsPlanOnThePageAndTheDistrictSeesTheUnitsWithoutOne() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        String campaign = fixtures.openCampaign(ModelFixtures.unique("trang-ke-hoach"));
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
}
