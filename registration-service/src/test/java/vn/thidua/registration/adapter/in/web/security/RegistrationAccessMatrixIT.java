package vn.thidua.registration.adapter.in.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.testsupport.files.SampleFiles;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of the registration API, called as anonymous and as every role from the district that holds the
 * sample data (DX198) and from its sibling (DX199): anonymous 401, the roles of {@code access-matrix.txt} from
 * the right unit through, everyone else 403 — never a 404 or 409 that would tell an outsider what exists.
 */
@RegistrationTest
class RegistrationAccessMatrixIT {

    static final String INSIDE = ModelFixtures.DISTRICT;
    static final String OUTSIDE = "DX199";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;

    @Test
    void everyOperationHasARuleAndAnswersEveryRoleInsideAndOutsideAsRuled(TestIdentity identity) throws Exception {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        fixtures.unit(OUTSIDE, ModelFixtures.PROVINCE, "huyện", "district", "Gio Linh (kiểm thử)");
        String campaign = fixtures.openCampaign(ModelFixtures.unique("ma-tran"));
        String closingCampaign = fixtures.openCampaign(ModelFixtures.unique("ma-tran-ket-thuc"));
        String model = registeredModel(http, campaign, ModelFixtures.COMMUNE);
        String document = uploaded(http, model, ModelFixtures.COMMUNE, "minh chung");
        String removableDocument = uploaded(http, model, ModelFixtures.COMMUNE, "se go");

        AccessMatrix matrix = AccessMatrix.of("http://localhost:" + port, identity, "access-matrix.txt")
                .units(INSIDE, OUTSIDE)
                .value("campaign", campaign)
                .value("closingCampaign", closingCampaign)
                .value("model", model)
                .value("document", document)
                .value("removableDocument", removableDocument);

        assertThat(matrix.coverageProblems()).as("every published operation has exactly its rule").isEmpty();
        assertThat(matrix.violations()).as("%d calls", matrix.calls()).isEmpty();
        assertThat(matrix.unknownIdViolations()).as("an unknown id is answered as one outside the subtree").isEmpty();
    }

    /** A model of {@code unit} registered by its unit officer, once readable. */
    static String registeredModel(TestRestTemplate http, String campaign, String unit) {
        HttpHeaders headers = Callers.headers(Callers.officer(unit));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/models", new HttpEntity<>(Map.of(
                "campaignId", campaign, "unitId", unit, "registrantKind", "COLLECTIVE",
                "novelty", "NEW", "title", "Mô hình mẫu của ma trận quyền", "field", "OTHER",
                "content", "Nội dung cần đơn vị quản lý xác nhận"), headers), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String modelId = created.getBody().get("modelId").asText();
        TestRestTemplate reader = Callers.as(http, Callers.DISTRICT_BOARD);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                reader.getForEntity("/api/models/" + modelId, JsonNode.class).getStatusCode() == HttpStatus.OK);
        return modelId;
    }

    /** A PDF uploaded to the model's dossier by the unit officer of {@code unit}. */
    static String uploaded(TestRestTemplate http, String modelId, String unit, String text) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(SampleFiles.pdf(text)), MediaType.APPLICATION_OCTET_STREAM)
                .filename("minh-chung.pdf");
        body.part("kind", "EVIDENCE");
        HttpHeaders headers = Callers.headers(Callers.officer(unit));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> response = http.postForEntity("/api/models/" + modelId + "/documents",
                new HttpEntity<>(body.build(), headers), JsonNode.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("documentId").asText();
    }
}
