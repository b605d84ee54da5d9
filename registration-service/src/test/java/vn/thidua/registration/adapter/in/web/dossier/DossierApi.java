package vn.thidua.registration.adapter.in.web.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestUser;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Calls the registration service's REST API as a unit officer would, for the dossier tests. */
final class DossierApi {

    static final String USER = "can-bo-01";
    static final String UNIT = "WX19390";

    private final TestRestTemplate http;
    private String campaign;

    DossierApi(TestRestTemplate http) {
        this.http = Callers.as(http, OFFICER);
    }

    /** The commune's officer (cán bộ): registers, uploads, removes. */
    static final TestUser OFFICER = TestUser.of(USER, UNIT, "UNIT_OFFICER");

    static HttpHeaders caller() {
        HttpHeaders headers = Callers.headers(OFFICER);
        headers.set("X-Correlation-Id", "corr-" + UUID.randomUUID());
        return headers;
    }

    /** Registers a model through the API and waits until its view exists (uploads read it). */
    String registeredModel() {
        if (campaign == null) {
            ModelFixtures fixtures = new ModelFixtures(http);
            fixtures.vinhLinhUnits();
            campaign = fixtures.openCampaign(ModelFixtures.unique("dossier"));
        }
        HttpHeaders headers = caller();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = Map.of("campaignId", campaign, "unitId", UNIT, "novelty", "NEW",
                "registrantKind", "COLLECTIVE", "title", "Dân vận khéo trong chuyển đổi số", "field", "NEW_RURAL_CONSTRUCTION");
        var response = http.postForEntity("/api/models", new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String modelId = response.getBody().get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/models/" + modelId, JsonNode.class).getStatusCode() == HttpStatus.OK);
        return modelId;
    }

    void withdraw(String modelId) {
        HttpHeaders headers = caller();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.postForEntity("/api/models/" + modelId + "/withdrawal",
                new HttpEntity<>(Map.of("reason", "Đơn vị sáp nhập"), headers), Void.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(
                http.getForObject("/api/models/" + modelId, JsonNode.class).get("status").asText()));
    }

    ResponseEntity<JsonNode> upload(String modelId, String kind, String fileName, byte[] content) {
        return upload(modelId, kind, fileName, new ByteArrayResource(content));
    }

    ResponseEntity<JsonNode> upload(String modelId, String kind, String fileName, Path content) {
        return upload(modelId, kind, fileName, new FileSystemResource(content));
    }

    ResponseEntity<JsonNode> upload(String modelId, String kind, String fileName, AbstractResource content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        if (content != null) {
            body.part("file", (Resource) content, MediaType.APPLICATION_OCTET_STREAM).filename(fileName);
        }
        if (kind != null) body.part("kind", kind);
        HttpHeaders headers = caller();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/models/" + modelId + "/documents", new HttpEntity<>(body.build(), headers),
                JsonNode.class);
    }

    ResponseEntity<JsonNode> documents(String modelId) {
        return http.getForEntity("/api/models/" + modelId + "/documents", JsonNode.class);
    }

    ResponseEntity<byte[]> download(String modelId, String documentId) {
        return http.getForEntity("/api/models/" + modelId + "/documents/" + documentId + "/content", byte[].class);
    }

    ResponseEntity<JsonNode> remove(String modelId, String documentId) {
        return http.exchange("/api/models/" + modelId + "/documents/" + documentId,
                org.springframework.http.HttpMethod.DELETE, new HttpEntity<>(caller()), JsonNode.class);
    }
}
