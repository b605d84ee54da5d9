package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;

/**
 * The authority's own documents (minutes, submission) as files: stored by the service, listed on the case with a
 * download, counted by the recognition dossier; a forged, empty, huge or missing file is refused as problem+json
 * naming the file and changes nothing.
 */
@ReviewTest
class AuthorityDocumentsIT {

    private static final TestUser AUTHORITY = TestUser.of("huyen-uy-vinh-linh", DISTRICT, "RECOGNISING_AUTHORITY");
    private static final TestUser VIEWER = TestUser.of("xem-vinh-linh", DISTRICT, "VIEWER");
    private static final TestUser OTHER = TestUser.of("huyen-uy-gio-linh", OTHER_DISTRICT, "RECOGNISING_AUTHORITY");

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    private ReviewApi api() {
        return new ReviewApi(http, tree);
    }

    @Test
    void anUploadedDocumentIsListedDownloadableAndCounted(CloudEventRecords records) {
        String caseId = api().reviewCaseOf(records, "documents-campaign", COMMUNE, AUTHORITY);
        assertThat(missing(caseId)).contains("minutes", "submission");

        var uploaded = api().upload(caseId, "MINUTES", "05-BB/HU", "2024-10-20", "../../Biên bản họp.exe",
                ReviewApi.PDF, AUTHORITY);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode document = org.awaitility.Awaitility.await().until(
                () -> api().get("/api/review-cases/" + caseId, AUTHORITY).getBody().path("authorityDocuments"),
                documents -> documents.size() == 1).get(0);
        assertThat(document.path("fileName").asText()).isEqualTo("Biên bản họp.pdf");
        assertThat(document.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(missing(caseId)).doesNotContain("minutes").contains("submission");

        String href = "/api/review-cases/" + caseId + "/authority-documents/" + document.path("documentId").asText();
        ResponseEntity<byte[]> download = download(href, VIEWER);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(ReviewApi.PDF);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Biên bản họp.pdf");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download(href, OTHER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download("/api/review-cases/" + caseId + "/authority-documents/0123456789abcdef01234567", VIEWER)
                .getStatusCode()).as("an unknown document answers as one out of reach").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aForgedEmptyHugeOrMissingFileIsRefusedNamingItAndChangesNothing(CloudEventRecords records) {
        String caseId = api().reviewCaseOf(records, "documents-campaign", COMMUNE, AUTHORITY);
        JsonNode before = api().get("/api/review-cases/" + caseId, AUTHORITY).getBody();
        byte[] program = "MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be run in DOS mode"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(ReviewApi.PDF, 0, huge, 0, ReviewApi.PDF.length);
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        record Hostile(String name, String fileName, byte[] content, String code) {
        }
        for (Hostile hostile : new Hostile[] {
                new Hostile("a program named .pdf", "bien-ban.pdf", program, "unsupported-type"),
                new Hostile("an empty zip named .docx", "bien-ban.docx", zip, "unsupported-type"),
                new Hostile("an empty file", "bien-ban.pdf", new byte[0], "empty-file"),
                new Hostile("a file over the limit", "bien-ban.pdf", huge, "file-too-large"),
                new Hostile("no file", null, null, null)}) {
            var refused = api().upload(caseId, "MINUTES", "05-BB/HU", "2024-10-20", hostile.fileName(),
                    hostile.content(), AUTHORITY);
            assertThat(refused.getStatusCode().is4xxClientError()).as(hostile.name()).isTrue();
            assertThat(String.valueOf(refused.getHeaders().getContentType())).as(hostile.name())
                    .startsWith("application/problem+json");
            assertThat(refused.getBody().findValuesAsText("field")).as(hostile.name()).contains("file");
            if (hostile.code() != null) assertThat(refused.getBody().path("code").asText()).isEqualTo(hostile.code());
        }
        var badKind = api().upload(caseId, "PHOTO", "x", "hôm qua", "a.pdf", ReviewApi.PDF, AUTHORITY);
        assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badKind.getBody().findValuesAsText("field")).contains("kind", "issuedOn");
        var outsider = api().upload(caseId, "MINUTES", "05-BB/HU", "2024-10-20", "a.pdf", ReviewApi.PDF, OTHER);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().get("/api/review-cases/" + caseId, AUTHORITY).getBody()).isEqualTo(before);
    }

    private java.util.List<String> missing(String caseId) {
        JsonNode view = api().get("/api/review-cases/" + caseId, AUTHORITY).getBody();
        return Arrays.stream(new com.fasterxml.jackson.databind.ObjectMapper().convertValue(view.path("missing"),
                String[].class)).toList();
    }

    private ResponseEntity<byte[]> download(String path, TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }
}
