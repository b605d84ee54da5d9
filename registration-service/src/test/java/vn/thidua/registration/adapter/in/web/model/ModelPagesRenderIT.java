package vn.thidua.registration.adapter.in.web.model;

import vn.thidua.registration.RegistrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.net.http.HttpResponse;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The model pages' other paths, as plain HTTP: English texts, confirm and amend forms, import page, 404. */
@RegistrationTest
class ModelPagesRenderIT {

    @Autowired TestRestTemplate http;
    @LocalServerPort int port;
    @Autowired MongoTemplate mongo;

    private String campaign;

    @BeforeEach
    void seed() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("render"));
    }

    private String registerOther() {
        HttpHeaders headers = Callers.headers(Callers.officer("WX19390"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/models", new HttpEntity<>(Map.of(
                "campaignId", campaign, "unitId", "WX19390", "registrantKind", "COLLECTIVE", "novelty", "CONTINUING",
                "title", "Dân vận khéo trong chuyển đổi số", "field", "OTHER",
                "content", "Hướng dẫn người dân dùng dịch vụ công trực tuyến"), headers), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String modelId = created.getBody().get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> Callers.as(http, Callers.DISTRICT_BOARD)
                .getForEntity("/api/models/" + modelId, String.class).getStatusCode() == HttpStatus.OK);
        return modelId;
    }

    @Test
    void pagesSpeakEnglishOnRequest() {
        PageSession officer = PageSession.signedIn(port, Callers.officer("WX19390"));
        assertThat(officer.get("/models/new?lang=en").body())
                .contains("Register a &quot;Dân vận khéo&quot; model").contains("<label for=\"title\"><span>Model title</span><abbr class=\"required\" title=\"required\">*</abbr></label>")
                .contains(campaign);
        assertThat(officer.get("/models?lang=en").body()).contains("Registered models");
        assertThat(officer.get("/models/import?lang=en").body())
                .contains("Register the models of a summary table").contains("Tập thể/Cá nhân");
        String modelId = registerOther();
        assertThat(officer.get("/models/" + modelId + "?lang=en").body())
                .contains("Awaiting confirmation by unit DX198").contains("Continuing")
                .doesNotContain("Confirm the content"); // the commune's officer does not confirm its own content
        PageSession managing = PageSession.signedIn(port, Callers.managingOfficer("DX198"));
        assertThat(managing.get("/models/" + modelId + "?lang=en").body()).contains("Confirm the content");
    }

    @Test
    void theManagingUnitConfirmsOnThePageAndAnotherDistrictIsRefused() {
        String modelId = registerOther();
        String page = "/models/" + modelId + "?lang=vi";

        PageSession otherDistrict = PageSession.signedIn(port, Callers.managingOfficer("DX199"));
        // the other district's officer cannot even open the model, so it takes the form's token from its own page
        HttpResponse<String> refused = otherDistrict.postForm("/", "/models/" + modelId + "/content-confirmation", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Không có quyền truy cập");
        assertThat(otherDistrict.get(page).statusCode()).isEqualTo(403);

        PageSession managing = PageSession.signedIn(port, Callers.managingOfficer("DX198"));
        assertThat(managing.get(page).body()).contains("Chờ đơn vị DX198 xác nhận").contains("id=\"confirm-section\"");
        HttpResponse<String> confirmed = managing.postForm(page, "/models/" + modelId + "/content-confirmation", Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElse("")).endsWith("/models/" + modelId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(managing.get(page).body())
                .contains("Đã được đơn vị DX198 xác nhận").doesNotContain("id=\"confirm-section\""));
    }

    @Test
    void anAmendmentWithMistakesIsShownAgainWithTheMessagesAndALockedModelHasNoAmendForm(CloudEventRecords records) {
        String modelId = registerOther();
        String page = "/models/" + modelId + "?lang=vi";
        PageSession officer = PageSession.signedIn(port, Callers.officer("WX19390"));
        HttpResponse<String> bad = officer.postForm(page, "/models/" + modelId + "/amendment",
                Map.of("title", "ab", "field", "OTHER", "content", "", "startDate", "1990-01-01"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Vui lòng sửa các lỗi sau").contains("phải có ít nhất 3 ký tự")
                .contains("là bắt buộc với mô hình lĩnh vực khác").contains("phải trong khoảng từ 01/01/2000")
                .contains("value=\"ab\"");

        HttpResponse<String> good = officer.postForm(page, "/models/" + modelId + "/amendment",
                Map.of("title", "Dân vận khéo trong chuyển đổi số ở thôn", "field", "OTHER", "content", "Nội dung mới"));
        assertThat(good.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(officer.get(page).body())
                .contains("<h1>Dân vận khéo trong chuyển đổi số ở thôn</h1>").contains("Chờ đơn vị DX198 xác nhận"));

        records.send(new ModelRecognized("review-" + modelId, modelId, campaign, "WX19390", "DX198",
                new Actor("huyen-uy", "DX198"), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(officer.get(page).body())
                .contains("Đã được công nhận").contains("Được công nhận (khóa đăng ký)").doesNotContain("id=\"amend-section\""));
        HttpResponse<String> late = officer.postForm(page, "/models/" + modelId + "/amendment",
                Map.of("title", "Tên khác hẳn", "field", "ECONOMY"));
        assertThat(late.body()).contains("không thể sửa đăng ký");
    }

    @Test
    void anUnknownModelIsThe403PageAndTheImportPageReportsABrokenFile() {
        PageSession officer = PageSession.signedIn(port, Callers.officer("WX19390"));
        HttpResponse<String> missing = officer.get("/models/no-such-model?lang=vi");
        assertThat(missing.statusCode()).as("as a model outside the subtree: ids cannot be probed").isEqualTo(403);
        assertThat(missing.body()).doesNotContain("no-such-model");

        HttpResponse<String> broken = officer.postMultipart("/models/import?lang=vi", "/models/import",
                Map.of("campaignId", campaign), "file", "bang.xlsx", "not excel".getBytes());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("id=\"import-errors\"").contains("cần tệp Excel .xlsx");
    }

    @Test
    void theListPageShowsOnlyTheOfficersOwnUnitsModels() {
        String mine = registerOther();
        HttpHeaders headers = Callers.headers(Callers.officer("WX19391"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/models", new HttpEntity<>(Map.of(
                "campaignId", campaign, "unitId", "WX19391", "registrantKind", "COLLECTIVE", "novelty", "NEW",
                "title", "Mô hình của xã Vĩnh Lâm", "field", "ECONOMY"), headers), JsonNode.class);
        String theirs = created.getBody().get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> Callers.as(http, Callers.DISTRICT_BOARD)
                .getForEntity("/api/models/" + theirs, String.class).getStatusCode() == HttpStatus.OK);

        PageSession officer = PageSession.signedIn(port, Callers.officer("WX19390"));
        String list = officer.get("/models?lang=vi&campaignId=" + campaign).body();
        assertThat(list).contains("/models/" + mine).doesNotContain("/models/" + theirs);
        assertThat(officer.get("/models?lang=vi&campaignId=" + campaign + "&unitId=WX19391").body())
                .doesNotContain("/models/" + theirs);
        assertThat(officer.get("/models/" + theirs).statusCode()).isEqualTo(403);

        PageSession district = PageSession.signedIn(port, Callers.DISTRICT_BOARD);
        assertThat(district.get("/models?lang=vi&campaignId=" + campaign).body())
                .contains("/models/" + mine).contains("/models/" + theirs);
    }
}
