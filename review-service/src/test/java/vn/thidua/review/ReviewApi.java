package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The review service's API as the ITs call it: as a user of the test identity provider, or anonymous (null). */
record ReviewApi(TestRestTemplate http, TreeCopy tree) {

    /** A day of the district era: a commune's case goes to its district (rule 5). */
    static final Instant DISTRICT_ERA = Instant.parse("2024-10-01T03:00:00Z");

    static final String DECISION = "{\"decisionNumber\":\"12-QĐ/HU\",\"decidedOn\":\"2024-11-01\","
            + "\"signer\":\"Nguyễn Văn Hùng\",\"level\":\"district\"}";

    /** The start of a PDF: enough for its type to be told from the content. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Publishes the {@link OrganisationTree} unless this service's copy holds it already. */
    void organisationTree(CloudEventRecords records) {
        OrganisationTree.publish(records, unitId -> tree.find(unitId).isPresent());
    }

    /** A model of {@code unitId} registered in the district era. */
    static ModelRegistered registered(String modelId, String campaignId, String unitId) {
        return new ModelRegistered(modelId, campaignId, unitId, OrganisationTree.DISTRICT, RegistrantKind.COLLECTIVE,
                "Dân vận khéo trong xây dựng nông thôn mới", ModelField.NEW_RURAL_CONSTRUCTION,
                new Actor("can-bo-xa", unitId), DISTRICT_ERA);
    }

    ResponseEntity<JsonNode> get(String path, TestUser user) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String path, String json, TestUser user) {
        return send(HttpMethod.POST, path, json, user);
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, String json, TestUser user) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }

    /** Uploads an authority document (multipart); a null {@code content} sends no file part. */
    ResponseEntity<JsonNode> upload(String reviewCaseId, String kind, String reference, String issuedOn,
                                    String fileName, byte[] content, TestUser user) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (kind != null) form.add("kind", kind);
        if (reference != null) form.add("reference", reference);
        if (issuedOn != null) form.add("issuedOn", issuedOn);
        if (content != null) {
            form.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/review-cases/" + reviewCaseId + "/authority-documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> recognize(String reviewCaseId, TestUser user) {
        return post("/api/review-cases/" + reviewCaseId + "/recognition", DECISION, user);
    }

    /** Publishes a model of {@code unitId} and waits until {@code reader} sees its review case; returns its id. */
    String reviewCaseOf(CloudEventRecords records, String campaignId, String unitId, TestUser reader) {
        organisationTree(records);
        String modelId = UUID.randomUUID().toString();
        records.send(registered(modelId, campaignId, unitId));
        String caseId = ReviewCaseIds.forModel(modelId);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                get("/api/review-cases/" + caseId, reader).getStatusCode() == HttpStatus.OK);
        return caseId;
    }

    /**
     * Brings an open case to where it may be recognised: the unit's documents arrive from registration, the
     * authority records its minutes and submission and a passed meeting; waits until nothing is missing.
     */
    void makeReady(CloudEventRecords records, String modelId, String caseId, TestUser authority) {
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.ACHIEVEMENT_REPORT, DocumentKind.PHOTO,
                DocumentKind.PHOTO, DocumentKind.PORTRAIT, DocumentKind.PORTRAIT}) {
            records.send(new DossierDocumentAttached(modelId, UUID.randomUUID().toString(), kind, "tep.jpg",
                    "image/jpeg", 1000, "ab", new Actor("can-bo-xa", OrganisationTree.COMMUNE), DISTRICT_ERA));
        }
        String path = "/api/review-cases/" + caseId;
        upload(caseId, "MINUTES", "BB-01", "2024-10-20", "bien-ban.pdf", PDF, authority);
        upload(caseId, "SUBMISSION", "TTr-02", "2024-10-21", "to-trinh.pdf", PDF, authority);
        post(path + "/meeting", "{\"heldOn\":\"2024-10-20\",\"chair\":\"Nguyễn Văn Hùng\",\"membersPresent\":"
                + "[\"A\",\"B\",\"C\"],\"membersTotal\":3,\"votesFor\":3,\"votesAgainst\":0,\"votesAbstaining\":0,"
                + "\"conclusion\":\"Đề nghị công nhận\"}", authority);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode view = get(path, authority).getBody();
            return view != null && view.path("missing").isArray() && view.path("missing").isEmpty()
                    && view.path("meeting").path("passed").asBoolean(false);
        });
    }

    private HttpHeaders headers(TestUser user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) headers.set(HttpHeaders.AUTHORIZATION, TestIdentity.shared().bearer(user));
        return headers;
    }
}
