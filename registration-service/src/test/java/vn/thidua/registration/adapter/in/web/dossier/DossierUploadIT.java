package vn.thidua.registration.adapter.in.web.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.contracts.Topics;
import vn.thidua.registration.adapter.out.mongo.GridFsDossierFiles;
import vn.thidua.testsupport.files.SampleFiles;
import vn.thidua.registration.domain.dossier.Dossier;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Dossier uploads over HTTP on real PostgreSQL, Kafka and the MongoDB stand-in, with real and forged files. */
@RegistrationTest
class DossierUploadIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired MongoTemplate mongo;

    @TempDir Path dir;

    @BeforeAll
    static void subscribe(CloudEventRecords connected) {
        records = connected;
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    /** How many stored files (GridFS) belong to a model: nothing may be left behind. */
    private long storedFiles(String modelId) {
        return mongo.getCollection(GridFsDossierFiles.BUCKET + ".files")
                .countDocuments(new Document("metadata.modelId", modelId));
    }

    private DossierApi api() {
        return new DossierApi(http);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private long dossierEventsOf(String modelId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                Dossier.idOf(modelId));
    }

    @Test
    void realFilesOfEveryAcceptedFormatAreAttachedAndListed() throws Exception {
        String modelId = api().registeredModel();
        byte[] pdf = SampleFiles.pdf("Phieu dang ky");
        byte[] docx = SampleFiles.docx("Biên bản họp chi bộ");
        byte[] xlsx = SampleFiles.xlsx("Bảng tổng hợp mô hình");
        byte[] png = SampleFiles.png(Color.RED);
        byte[] jpeg = SampleFiles.jpeg(Color.BLUE);

        var form = api().upload(modelId, "REGISTRATION_FORM", "Phiếu đăng ký Mẫu 1.pdf", pdf);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode attached = form.getBody();
        assertThat(attached.get("modelId").asText()).isEqualTo(modelId);
        assertThat(attached.get("kind").asText()).isEqualTo("REGISTRATION_FORM");
        assertThat(attached.get("fileName").asText()).isEqualTo("Phiếu đăng ký Mẫu 1.pdf");
        assertThat(attached.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(attached.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(attached.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(attached.get("uploadedBy").asText()).isEqualTo(DossierApi.USER);
        assertThat(form.getHeaders().getLocation().toString())
                .endsWith("/api/models/" + modelId + "/documents/" + attached.get("documentId").asText() + "/content");

        var word = api().upload(modelId, "EVIDENCE", "C:\\fakepath\\Biên bản.DOCX", docx);
        assertThat(word.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(word.getBody().get("fileName").asText()).isEqualTo("Biên bản.docx");
        assertThat(word.getBody().get("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var excel = api().upload(modelId, "SUMMARY_TABLE", "bang-tong-hop.xlsx", xlsx);
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(excel.getBody().get("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var photo = api().upload(modelId, "PHOTO", "Ảnh hội nghị.PNG", png);
        assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(photo.getBody().get("fileName").asText()).isEqualTo("Ảnh hội nghị.png");
        // the name lies about the type: the content decides, and the extension follows the content
        var portrait = api().upload(modelId, "PHOTO", "chân dung.png", jpeg);
        assertThat(portrait.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(portrait.getBody().get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(portrait.getBody().get("fileName").asText()).isEqualTo("chân dung.png.jpg");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode list = api().documents(modelId).getBody();
            assertThat(list).hasSize(5);
            List<String> kinds = new ArrayList<>();
            list.forEach(d -> kinds.add(d.get("kind").asText()));
            assertThat(kinds).containsExactly("REGISTRATION_FORM", "EVIDENCE", "SUMMARY_TABLE", "PHOTO", "PHOTO");
            JsonNode first = list.get(0);
            assertThat(first.get("documentId").asText()).isEqualTo(attached.get("documentId").asText());
            assertThat(first.get("fileName").asText()).isEqualTo("Phiếu đăng ký Mẫu 1.pdf");
            assertThat(first.get("sizeBytes").asLong()).isEqualTo(pdf.length);
            assertThat(first.get("sha256").asText()).isEqualTo(sha256(pdf));
            assertThat(first.get("uploadedBy").asText()).isEqualTo(DossierApi.USER);
            assertThat(first.get("uploadedAt").asText()).isNotBlank();
        });
        assertThat(storedFiles(modelId)).isEqualTo(5);
    }

    @Test
    void downloadSendsTheExactBytesAsASafeAttachment() throws Exception {
        String modelId = api().registeredModel();
        byte[] pdf = SampleFiles.pdf("Ban tai ve");
        String documentId = api().upload(modelId, "REGISTRATION_FORM", "Phiếu đăng ký \"Mẫu 1\".pdf", pdf)
                .getBody().get("documentId").asText();

        ResponseEntity<byte[]> download = api().download(modelId, documentId);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(sha256(download.getBody())).isEqualTo(sha256(pdf));
        HttpHeaders headers = download.getHeaders();
        assertThat(headers.getContentType().toString()).isEqualTo("application/pdf");
        assertThat(headers.getContentLength()).isEqualTo(pdf.length);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "attachment; filename=\"Phieu dang ky _Mau 1_.pdf\"; "
                        + "filename*=UTF-8''Phi%E1%BA%BFu%20%C4%91%C4%83ng%20k%C3%BD%20_M%E1%BA%ABu%201_.pdf");
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Phiếu đăng ký _Mẫu 1_.pdf");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).startsWith("sandbox");
        assertThat(headers.getETag()).isEqualTo("\"" + sha256(pdf) + "\"");
        assertThat(headers.getCacheControl()).contains("no-store");

        // an unknown document is refused as one outside the subtree (ids cannot be probed)
        assertThat(api().download(modelId, "6560b3f2a1c4e57d9b0f1a2c").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().download(modelId, "not-an-id").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String otherModel = api().registeredModel();
        assertThat(api().download(otherModel, documentId).getStatusCode())
                .as("a document is only reachable through its own model").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAttachmentIsPublishedAsMetadataOnlyWithCloudEventsHeaders() throws Exception {
        String modelId = api().registeredModel();
        byte[] xlsx = SampleFiles.xlsx("Bảng tổng hợp của xã Vĩnh Long");
        String documentId = api().upload(modelId, "SUMMARY_TABLE", "Bảng tổng hợp.xlsx", xlsx)
                .getBody().get("documentId").asText();

        ConsumerRecord<byte[], byte[]> record = await().atMost(Duration.ofSeconds(90)).until(() -> topic.find(r ->
                modelId.equals(CloudEventRecords.key(r))
                        && "vn.thidua.DossierDocumentAttached.v1".equals(CloudEventRecords.header(r, "ce_type"))).orElse(null),
                r -> r != null);
        assertThat(CloudEventRecords.header(record, "ce_id")).isNotBlank();
        assertThat(CloudEventRecords.header(record, "ce_source")).isEqualTo("/thidua/registration-service");
        assertThat(CloudEventRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventRecords.header(record, "ce_subject")).isEqualTo(modelId);
        assertThat(CloudEventRecords.header(record, "ce_time")).isNotBlank();
        assertThat(CloudEventRecords.header(record, "ce_correlationid")).startsWith("corr-");

        DossierDocumentAttached event = CloudEventRecords.JSON.readValue(record.value(), DossierDocumentAttached.class);
        assertThat(event).usingRecursiveComparison().ignoringFields("occurredAt").isEqualTo(new DossierDocumentAttached(
                modelId, documentId, DocumentKind.SUMMARY_TABLE, "Bảng tổng hợp.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length, sha256(xlsx),
                new vn.thidua.contracts.Actor(DossierApi.USER, DossierApi.UNIT), null));
        assertThat(event.occurredAt()).isNotNull();

        JsonNode body = CloudEventRecords.JSON.readTree(record.value());
        List<String> properties = new ArrayList<>();
        body.fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactlyInAnyOrder("modelId", "documentId", "kind", "fileName", "mediaType",
                "sizeBytes", "sha256", "actor", "occurredAt");
        assertThat(record.value().length).as("metadata only, not the %d bytes of the file", xlsx.length).isLessThan(1024);
    }

    @Test
    void theRecognitionDossiersKindsAreAcceptedAndAPortraitMustBeAnImage() throws Exception {
        String modelId = api().registeredModel();
        var notAnImage = api().upload(modelId, "PORTRAIT", "chân dung.pdf", SampleFiles.pdf("Chan dung"));
        assertRefused(modelId, notAnImage, HttpStatus.BAD_REQUEST, Dossier.INVALID_DOCUMENT);
        assertThat(notAnImage.getBody().get("messageEn").asText()).contains("for a portrait");
        assertThat(notAnImage.getBody().get("messageVi").asText()).contains("ảnh chân dung");

        byte[] report = SampleFiles.pdf("Bao cao thanh tich");
        var attachedReport = api().upload(modelId, "ACHIEVEMENT_REPORT", "Báo cáo thành tích.pdf", report);
        assertThat(attachedReport.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(attachedReport.getBody().get("kind").asText()).isEqualTo("ACHIEVEMENT_REPORT");
        byte[] jpeg = SampleFiles.jpeg(Color.GREEN);
        var portrait = api().upload(modelId, "PORTRAIT", "Chân dung bà Lan.jpg", jpeg);
        assertThat(portrait.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(portrait.getBody().get("mediaType").asText()).isEqualTo("image/jpeg");

        ConsumerRecord<byte[], byte[]> record = await().atMost(Duration.ofSeconds(90)).until(() -> topic.find(r ->
                modelId.equals(CloudEventRecords.key(r))
                        && "vn.thidua.DossierDocumentAttached.v1".equals(CloudEventRecords.header(r, "ce_type"))
                        && new String(r.value(), StandardCharsets.UTF_8).contains("PORTRAIT")).orElse(null),
                r -> r != null);
        DossierDocumentAttached event = CloudEventRecords.JSON.readValue(record.value(), DossierDocumentAttached.class);
        assertThat(event.kind()).isEqualTo(DocumentKind.PORTRAIT);
        assertThat(event.sha256()).isEqualTo(sha256(jpeg));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> kinds = new ArrayList<>();
            api().documents(modelId).getBody().forEach(d -> kinds.add(d.get("kind").asText()));
            assertThat(kinds).containsExactly("ACHIEVEMENT_REPORT", "PORTRAIT");
        });
    }

    @Test
    void anExecutableNamedPdfIsRefusedForWhatItIs() {
        String modelId = api().registeredModel();
        var response = api().upload(modelId, "REGISTRATION_FORM", "Mau-1.pdf", SampleFiles.exe());
        assertRefused(modelId, response, HttpStatus.BAD_REQUEST, "unsupported-type");
        assertThat(response.getBody().get("messageEn").asText()).contains("application/x-msdownload");
        assertThat(response.getBody().get("messageVi").asText()).contains("application/x-msdownload")
                .contains("không được chấp nhận");
    }

    @Test
    void aZipBombNamedDocxIsRefused() {
        String modelId = api().registeredModel();
        Path bomb = SampleFiles.zipBombDocx(dir, 300L * 1024 * 1024);
        var response = api().upload(modelId, "EVIDENCE", "Biên bản.docx", bomb);
        assertRefused(modelId, response, HttpStatus.BAD_REQUEST, "zip-bomb");
        assertThat(response.getBody().get("messageEn").asText()).contains("zip bomb");
    }

    @Test
    void aPlainZipNamedXlsxIsRefusedAsAZip() {
        String modelId = api().registeredModel();
        var response = api().upload(modelId, "SUMMARY_TABLE", "Bảng tổng hợp.xlsx", SampleFiles.plainZip());
        assertRefused(modelId, response, HttpStatus.BAD_REQUEST, "unsupported-type");
        assertThat(response.getBody().get("messageEn").asText()).contains("application/zip");
    }

    @Test
    void anEmptyFileIsRefused() {
        String modelId = api().registeredModel();
        var response = api().upload(modelId, "EVIDENCE", "rỗng.pdf", new byte[0]);
        assertRefused(modelId, response, HttpStatus.BAD_REQUEST, "empty-file");
    }

    @Test
    void aFileOverTheLimitIsA413Problem() throws Exception {
        String modelId = api().registeredModel();
        Path big = dir.resolve("big.pdf");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(SampleFiles.pdf("lon"));
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) out.write(chunk);
        }
        var response = api().upload(modelId, "EVIDENCE", "tài liệu lớn.pdf", big);
        assertRefused(modelId, response, HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large");
        assertThat(response.getBody().get("messageVi").asText()).contains("20 MB");
        assertThat(response.getBody().get("messageEn").asText()).contains("20 MB");
    }

    @Test
    void missingFileAndKindAreNamedTogether() {
        String modelId = api().registeredModel();
        var response = api().upload(modelId, null, null, (org.springframework.core.io.AbstractResource) null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("kind", "file");
        var badKind = api().upload(modelId, "SELFIE", "a.png", SampleFiles.png(Color.GREEN));
        assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badKind)).containsExactly("kind");
        assertThat(badKind.getBody().get("errors").get(0).get("messageEn").asText()).contains("REGISTRATION_FORM");
        assertThat(storedFiles(modelId)).isZero();
    }

    @Test
    void theSameContentTwiceIsRefusedAndLeavesNoOrphanBytes() {
        String modelId = api().registeredModel();
        byte[] pdf = SampleFiles.pdf("Minh chung 1");
        assertThat(api().upload(modelId, "EVIDENCE", "minh chứng.pdf", pdf).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var again = api().upload(modelId, "EVIDENCE", "bản sao.pdf", pdf);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("code").asText()).isEqualTo("duplicate-document");
        assertThat(fields(again)).containsExactly("file");
        assertThat(again.getBody().get("messageVi").asText()).contains("minh chứng.pdf");
        assertThat(storedFiles(modelId)).isEqualTo(1);
    }

    @Test
    void aSecondRegistrationFormIsRefusedUntilTheFirstIsRemoved() throws Exception {
        String modelId = api().registeredModel();
        String first = api().upload(modelId, "REGISTRATION_FORM", "Mẫu 1.pdf", SampleFiles.pdf("ban 1"))
                .getBody().get("documentId").asText();
        var second = api().upload(modelId, "REGISTRATION_FORM", "Mẫu 1 (sửa).docx", SampleFiles.docx("bản 2"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("code").asText()).isEqualTo("registration-form-exists");
        assertThat(second.getBody().get("messageVi").asText()).contains("Mẫu 1.pdf");
        assertThat(storedFiles(modelId)).isEqualTo(1);

        assertThat(api().remove(modelId, first).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api().download(modelId, first).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().remove(modelId, first).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var replaced = api().upload(modelId, "REGISTRATION_FORM", "Mẫu 1 (sửa).docx", SampleFiles.docx("bản 2"));
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String newId = replaced.getBody().get("documentId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode list = api().documents(modelId).getBody();
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("documentId").asText()).isEqualTo(newId);
        });
        assertThat(storedFiles(modelId)).isEqualTo(1);

        // the removal is published, naming the document, by the officer who removed it
        ConsumerRecord<byte[], byte[]> removal = await().atMost(Duration.ofSeconds(90)).until(() -> topic.find(r ->
                modelId.equals(CloudEventRecords.key(r))
                        && "vn.thidua.DossierDocumentRemoved.v1".equals(CloudEventRecords.header(r, "ce_type"))).orElse(null),
                r -> r != null);
        DossierDocumentRemoved removed = CloudEventRecords.JSON.readValue(removal.value(), DossierDocumentRemoved.class);
        assertThat(removed.documentId()).isEqualTo(first);
        assertThat(removed.kind()).isEqualTo(DocumentKind.REGISTRATION_FORM);
        assertThat(removed.fileName()).isEqualTo("Mẫu 1.pdf");
        assertThat(removed.actor()).isEqualTo(new vn.thidua.contracts.Actor(DossierApi.USER, DossierApi.UNIT));
    }

    @Test
    void aWithdrawnModelsDossierCannotChange() {
        String modelId = api().registeredModel();
        String documentId = api().upload(modelId, "EVIDENCE", "minh chứng.pdf", SampleFiles.pdf("truoc khi rut"))
                .getBody().get("documentId").asText();
        api().withdraw(modelId);

        var upload = api().upload(modelId, "EVIDENCE", "thêm.pdf", SampleFiles.pdf("sau khi rut"));
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(upload.getBody().get("code").asText()).isEqualTo("model-withdrawn");
        assertThat(upload.getBody().get("messageVi").asText()).contains("rút đăng ký");
        var remove = api().remove(modelId, documentId);
        assertThat(remove.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api().download(modelId, documentId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(storedFiles(modelId)).isEqualTo(1);
    }

    @Test
    void anUnknownModelIsRefusedAsOneOutsideTheSubtree() {
        String unknown = java.util.UUID.randomUUID().toString();
        var response = api().upload(unknown, "EVIDENCE", "a.pdf", SampleFiles.pdf("x"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().toString()).doesNotContain(unknown);
        assertThat(api().documents(unknown).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedFiles(unknown)).isZero();
    }

    @Test
    void theApiIsDocumented() {
        String docs = http.getForObject("/v3/api-docs", String.class);
        assertThat(docs).contains("/api/models/{modelId}/documents", "/api/models/{modelId}/documents/{documentId}/content",
                "Tải lên tài liệu hồ sơ / Upload a dossier document");
    }

    private void assertRefused(String modelId, ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = response.getBody();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("messageVi").asText()).isNotBlank();
        assertThat(problem.get("messageEn").asText()).isNotBlank();
        assertThat(fields(response)).containsExactly("file");
        assertThat(problem.toString()).doesNotContain("Exception");
        assertThat(storedFiles(modelId)).as("no bytes stored").isZero();
        assertThat(dossierEventsOf(modelId)).as("no dossier event").isZero();
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
