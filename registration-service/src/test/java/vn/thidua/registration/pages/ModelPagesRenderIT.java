package vn.thidua.registration.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
import vn.thidua.registration.model.ModelFixtures;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The model pages' other paths, as plain HTTP: English texts, confirm and amend forms, import page, 404. */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelPagesRenderIT {

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;

    private String campaign;

    @BeforeEach
    void seed() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("render"));
    }

    private String registerOther() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/models", new HttpEntity<>(Map.of(
                "campaignId", campaign, "unitId", "WX19390", "registrantKind", "COLLECTIVE", "novelty", "CONTINUING",
                "title", "Dân vận khéo trong chuyển đổi số", "field", "OTHER",
                "content", "Hướng dẫn người dân dùng dịch vụ công trực tuyến"), headers), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String modelId = created.getBody().get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/models/" + modelId, String.class).getStatusCode() == HttpStatus.OK);
        return modelId;
    }

    private ResponseEntity<String> postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
    }

    @Test
    void pagesSpeakEnglishOnRequest() {
        assertThat(http.getForObject("/models/new?lang=en", String.class))
                .contains("Register a &quot;Dân vận khéo&quot; model").contains("<label for=\"title\">Model title</label>")
                .contains(campaign);
        assertThat(http.getForObject("/models?lang=en", String.class)).contains("Registered models");
        assertThat(http.getForObject("/models/import?lang=en", String.class))
                .contains("Register the models of a summary table").contains("Tập thể/Cá nhân");
        String modelId = registerOther();
        assertThat(http.getForObject("/models/" + modelId + "?lang=en", String.class))
                .contains("Awaiting confirmation by unit DX198").contains("Confirm the content").contains("Continuing");
    }

    @Test
    void theManagingUnitConfirmsOnThePageAndAnotherUnitIsToldWhy() {
        String modelId = registerOther();
        String page = http.getForObject("/models/" + modelId + "?lang=vi", String.class);
        assertThat(page).contains("Chờ đơn vị DX198 xác nhận").contains("id=\"confirm-section\"");

        ResponseEntity<String> refused = postForm("/models/" + modelId + "/content-confirmation", Map.of("unitId", "WX19390"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("Chỉ đơn vị quản lý trực tiếp (DX198)");

        ResponseEntity<String> confirmed = postForm("/models/" + modelId + "/content-confirmation", Map.of("unitId", "DX198"));
        // the redirect is followed (to the model page; the one-time notice needs the browser's session cookie)
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(confirmed.getBody()).contains("<h1>Dân vận khéo trong chuyển đổi số</h1>");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.getForObject("/models/" + modelId, String.class)).contains("Đã được đơn vị DX198 xác nhận")
                .doesNotContain("id=\"confirm-section\""));
    }

    @Test
    void anAmendmentWithMistakesIsShownAgainWithTheMessagesAndALockedModelHasNoAmendForm(Infrastructure infrastructure) {
        String modelId = registerOther();
        ResponseEntity<String> bad = postForm("/models/" + modelId + "/amendment",
                Map.of("title", "ab", "field", "OTHER", "content", "", "startDate", "1990-01-01"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("Vui lòng sửa các lỗi sau").contains("phải có ít nhất 3 ký tự")
                .contains("là bắt buộc với mô hình lĩnh vực khác").contains("phải trong khoảng từ 01/01/2000")
                .contains("value=\"ab\"");

        ResponseEntity<String> good = postForm("/models/" + modelId + "/amendment",
                Map.of("title", "Dân vận khéo trong chuyển đổi số ở thôn", "field", "OTHER", "content", "Nội dung mới"));
        assertThat(good.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.getForObject("/models/" + modelId, String.class)).contains("<h1>Dân vận khéo trong chuyển đổi số ở thôn</h1>")
                .contains("Chờ đơn vị DX198 xác nhận"));

        try (CloudEventRecords records = new CloudEventRecords(infrastructure.kafkaBootstrapServers())) {
            records.send(new ModelRecognized("review-" + modelId, modelId, campaign, "WX19390", "DX198",
                    new Actor("huyen-uy", "DX198"), Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                http.getForObject("/models/" + modelId, String.class)).contains("Đã được công nhận")
                .contains("Được công nhận (khóa đăng ký)").doesNotContain("id=\"amend-section\""));
        ResponseEntity<String> late = postForm("/models/" + modelId + "/amendment",
                Map.of("title", "Tên khác hẳn", "field", "ECONOMY"));
        assertThat(late.getBody()).contains("không thể sửa đăng ký");
    }

    @Test
    void anUnknownModelIsA404PageAndTheImportPageReportsABrokenFile() {
        ResponseEntity<String> missing = http.getForEntity("/models/no-such-model", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("Không tìm thấy mô hình");

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("campaignId", campaign);
        form.add("file", new org.springframework.core.io.ByteArrayResource("not excel".getBytes()) {
            @Override
            public String getFilename() {
                return "bang.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> broken = http.postForEntity("/models/import", new HttpEntity<>(form, headers), String.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody()).contains("id=\"import-errors\"").contains("cần tệp Excel .xlsx");
    }
}
