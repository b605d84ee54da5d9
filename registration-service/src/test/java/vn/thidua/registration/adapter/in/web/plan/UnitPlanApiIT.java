package vn.thidua.registration.adapter.in.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.adapter.out.mongo.GridFsUnitPlanFiles;
import vn.thidua.registration.domain.plan.UnitPlan;
import vn.thidua.registration.support.Callers;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.testsupport.files.SampleFiles;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.registration.support.ModelFixtures.COMMUNE;
import static vn.thidua.registration.support.ModelFixtures.DISTRICT;
import static vn.thidua.registration.support.ModelFixtures.OTHER_COMMUNE;

/**
 * A unit's own plan over REST on real PostgreSQL, Kafka and the MongoDB stand-in: filed (as JSON, or multipart with
 * its signed file), replaced, refused, listed; the file downloaded over the plan's jurisdiction, published as
 * metadata; bad files change nothing.
 */
@RegistrationTest
class UnitPlanApiIT {

    private static final TestUser OFFICER = TestUser.of("can-bo-vinh-thuy", COMMUNE, "UNIT_OFFICER");
    private static final TestUser OTHER_OFFICER = TestUser.of("can-bo-vinh-lam", OTHER_COMMUNE, "UNIT_OFFICER");
    private static final TestUser BOARD = TestUser.of("ban-dan-van-huyen", DISTRICT, "BOARD_OFFICER");

    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired MongoTemplate mongo;
    @TempDir Path dir;
    private String campaign;

    @BeforeAll
    static void subscribe(CloudEventRecords records) {
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @BeforeEach
    void campaignAndTree() {
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("ke-hoach"));
    }

    private ResponseEntity<JsonNode> file(Map<String, Object> body, TestUser caller) {
        HttpHeaders headers = Callers.headers(caller);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/campaigns/" + campaign + "/unit-plans", new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, TestUser caller) {
        return Callers.as(http, caller).getForEntity(path, JsonNode.class);
    }

    private static Map<String, Object> plan(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", COMMUNE);
        body.put("number", number);
        body.put("issuedOn", "2023-03-20");
        body.put("signer", "Bí thư Đảng ủy Nguyễn Văn An");
        return body;
    }

    /** Files as multipart form, the fields as text (issuedOn dd/MM/yyyy or ISO) and the plan's signed file. */
    private ResponseEntity<JsonNode> file(Map<String, Object> fields, String fileName, Resource content,
                                          TestUser caller) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        fields.forEach((name, value) -> body.part(name, value == null ? "" : value.toString()));
        if (content != null) body.part("file", content, MediaType.APPLICATION_OCTET_STREAM).filename(fileName);
        HttpHeaders headers = Callers.headers(caller);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/campaigns/" + campaign + "/unit-plans",
                new HttpEntity<>(body.build(), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> file(Map<String, Object> fields, String fileName, byte[] content) {
        return file(fields, fileName, new ByteArrayResource(content), OFFICER);
    }

    private ResponseEntity<JsonNode> plan(TestUser reader) {
        return Callers.as(http, reader).getForEntity("/api/campaigns/" + campaign + "/unit-plans/" + COMMUNE,
                JsonNode.class);
    }

    private ResponseEntity<byte[]> download(TestUser reader) {
        return Callers.as(http, reader).getForEntity("/api/campaigns/" + campaign + "/unit-plans/" + COMMUNE
                + "/document", byte[].class);
    }

    private String planId() {
        return UnitPlan.idOf(campaign, COMMUNE);
    }

    private long storedFiles() {
        return mongo.getCollection(GridFsUnitPlanFiles.BUCKET + ".files")
                .countDocuments(new Document("metadata.planId", planId()));
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                planId());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText())
                .toList();
    }

    @Test
    void aUnitOfficerFilesThenReplacesItsPlanAndRefilingTheSameChangesNothing() throws Exception {
        ResponseEntity<JsonNode> first = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("version").asInt()).isEqualTo(1);
        String planId = first.getBody().get("planId").asText();
        assertThat(planId).isEqualTo("plan:" + campaign + ":" + COMMUNE);

        ResponseEntity<JsonNode> again = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("changed").asBoolean()).isFalse();

        ResponseEntity<JsonNode> corrected = file(plan("16-KH/ĐU"), OFFICER);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(corrected.getBody().get("version").asInt()).isEqualTo(2);

        List<UnitPlanFiled> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            published.clear();
            for (ConsumerRecord<byte[], byte[]> r : topic.all(r -> planId.equals(CloudEventRecords.key(r))
                    && "vn.thidua.UnitPlanFiled.v1".equals(CloudEventRecords.header(r, "ce_type")))) {
                published.add(CloudEventRecords.JSON.readValue(r.value(), UnitPlanFiled.class));
            }
            return published.size() >= 2;
        });
        assertThat(published).extracting(UnitPlanFiled::version, UnitPlanFiled::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "15-KH/ĐU"),
                        org.assertj.core.groups.Tuple.tuple(2, "16-KH/ĐU"));
        assertThat(published.get(0).actor().userId()).isEqualTo("can-bo-vinh-thuy");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/api/campaigns/" + campaign + "/unit-plans/" + COMMUNE, BOARD).getBody().path("number").asText())
                .isEqualTo("16-KH/ĐU"));
        JsonNode subtree = get("/api/campaigns/" + campaign + "/unit-plans/" + DISTRICT + "/subtree", BOARD).getBody();
        List<String> missing = new ArrayList<>();
        for (JsonNode row : subtree.get("items")) if (!row.hasNonNull("plan")) missing.add(row.get("unitId").asText());
        assertThat(missing).contains(DISTRICT, OTHER_COMMUNE).doesNotContain(COMMUNE);
        assertThat(subtree.get("filed").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldInBothLanguages() {
        Map<String, Object> body = plan(" ");
        body.put("issuedOn", LocalDate.now().plusDays(2).toString());
        body.put("signer", null);
        ResponseEntity<JsonNode> refused = file(body, OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(refused.getBody())).containsExactly("number", "issuedOn", "signer");
        assertThat(refused.getBody().get("messageVi").asText()).contains("Kế hoạch thực hiện không hợp lệ");
        assertThat(refused.getBody().get("errors").get(1).get("messageEn").asText()).contains("future");

        body = plan("15-KH/ĐU");
        body.put("issuedOn", "2022-12-31");
        assertThat(fields(file(body, OFFICER).getBody())).containsExactly("issuedOn");
    }

    @Test
    void anotherUnitsOfficerIsRefusedAndSoIsAnUnknownCampaign() {
        assertThat(file(plan("15-KH/ĐU"), OTHER_OFFICER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/campaigns/" + campaign + "/unit-plans/" + DISTRICT + "/subtree", OTHER_OFFICER)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        campaign = "khong-co-phong-trao-nay";
        assertThat(file(plan("15-KH/ĐU"), OFFICER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aClosedCampaignTakesNoPlan() {
        campaign = new ModelFixtures(http).closedCampaign(ModelFixtures.unique("ke-hoach-dong"));
        ResponseEntity<JsonNode> refused = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("campaignId");
    }

    @Test
    void aPlanFiledWithItsSignedPdfListsItAndWhoMayReadThePlanDownloadsIt() throws Exception {
        byte[] pdf = SampleFiles.pdf("Ke hoach 15-KH/DU");
        Map<String, Object> typed = plan("15-KH/ĐU");
        typed.put("issuedOn", "20/03/2023");
        ResponseEntity<JsonNode> filed = file(typed, "C:\\fakepath\\Kế hoạch 15-KH.PDF", pdf);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getBody().get("version").asInt()).isEqualTo(1);

        JsonNode shown = await().atMost(Duration.ofSeconds(30)).until(() -> plan(BOARD).getBody(),
                body -> body != null && body.hasNonNull("document"));
        JsonNode document = shown.get("document");
        assertThat(shown.get("number").asText()).isEqualTo("15-KH/ĐU");
        assertThat(shown.get("issuedOn").asText()).isEqualTo("2023-03-20");
        assertThat(document.get("fileName").asText()).isEqualTo("Kế hoạch 15-KH.pdf");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(shown.get("documentUrl").asText())
                .isEqualTo("/api/campaigns/" + campaign + "/unit-plans/" + COMMUNE + "/document");

        ResponseEntity<byte[]> bytes = download(BOARD);
        assertThat(bytes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytes.getBody()).isEqualTo(pdf);
        assertThat(bytes.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(bytes.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(bytes.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download(OFFICER).getBody()).isEqualTo(pdf);
        assertThat(download(OTHER_OFFICER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        List<UnitPlanFiled> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            published.clear();
            for (ConsumerRecord<byte[], byte[]> r : topic.all(r -> planId().equals(CloudEventRecords.key(r)))) {
                published.add(CloudEventRecords.JSON.readValue(r.value(), UnitPlanFiled.class));
                assertThat(new String(r.value())).doesNotContain("%PDF");
            }
            return !published.isEmpty();
        });
        assertThat(published.get(0).document().documentId()).isEqualTo(document.get("documentId").asText());
        assertThat(published.get(0).document().sha256()).isEqualTo(sha256(pdf));
    }

    @Test
    void theJsonFormKeepsTheFileOfTheSameDocumentAndAnotherFileReplacesIt() throws Exception {
        byte[] pdf = SampleFiles.pdf("Ke hoach ban dau");
        assertThat(file(plan("15-KH/ĐU"), "ke-hoach.pdf", pdf).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> again = file(plan("15-KH/ĐU"), OFFICER);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("changed").asBoolean()).isFalse();
        ResponseEntity<JsonNode> sameBytes = file(plan("15-KH/ĐU"), "bản sao.pdf", pdf);
        assertThat(sameBytes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(storedFiles()).as("the copy of the same bytes is not kept").isEqualTo(1);

        byte[] docx = SampleFiles.docx("Kế hoạch đã ký lại");
        ResponseEntity<JsonNode> replaced = file(plan("15-KH/ĐU"), "Kế hoạch ký lại.docx", docx);
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(replaced.getBody().get("version").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode shown = plan(OFFICER).getBody();
            assertThat(shown.get("version").asInt()).isEqualTo(2);
            assertThat(shown.get("document").get("mediaType").asText())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        });
        assertThat(download(OFFICER).getBody()).isEqualTo(docx);

        ResponseEntity<JsonNode> other = file(plan("16-KH/ĐU"), OFFICER);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode shown = plan(OFFICER).getBody();
            assertThat(shown.get("version").asInt()).isEqualTo(3);
            assertThat(shown.hasNonNull("document")).as("another plan number: its own document, none yet").isFalse();
            assertThat(shown.hasNonNull("documentUrl")).isFalse();
        });
        assertThat(download(OFFICER).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aForgedAnEmptyOrAnotherTypeOfFileIsRefusedNamingTheFieldAndNothingIsFiled() {
        byte[] exe = SampleFiles.exe();
        ResponseEntity<JsonNode> forged = file(plan("15-KH/ĐU"), "Kế hoạch.pdf", exe);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(forged.getBody().get("code").asText()).isEqualTo("unsupported-type");
        assertThat(fields(forged.getBody())).containsExactly("file");
        assertThat(forged.getBody().get("messageVi").asText()).contains("PDF, DOCX");
        assertThat(forged.getBody().get("messageEn").asText()).contains("application/x-msdownload", "PDF, DOCX");

        ResponseEntity<JsonNode> image = file(plan("15-KH/ĐU"), "ke-hoach.png", SampleFiles.png(Color.RED));
        assertThat(image.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(image.getBody().get("code").asText()).isEqualTo("unsupported-type");

        ResponseEntity<JsonNode> empty = file(plan("15-KH/ĐU"), "rỗng.pdf", new byte[0]);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().get("code").asText()).isEqualTo("empty-file");
        assertThat(fields(empty.getBody())).containsExactly("file");

        Map<String, Object> badNumber = plan(" ");
        ResponseEntity<JsonNode> both = file(badNumber, "Kế hoạch.pdf", exe);
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(both.getBody().get("code").asText()).isEqualTo("invalid-plan");
        assertThat(fields(both.getBody())).containsExactly("number", "file");

        assertThat(storedEvents()).isZero();
        assertThat(storedFiles()).isZero();
        assertThat(plan(OFFICER).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aFileOverTheLimitIsA413ProblemAndNothingIsFiled() throws Exception {
        Path big = dir.resolve("lon.pdf");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(SampleFiles.pdf("lon"));
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) out.write(chunk);
        }
        ResponseEntity<JsonNode> refused = file(plan("15-KH/ĐU"), "Kế hoạch lớn.pdf", new FileSystemResource(big),
                OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("file-too-large");
        assertThat(fields(refused.getBody())).containsExactly("file");
        assertThat(refused.getBody().get("messageVi").asText()).contains("20 MB");
        assertThat(refused.getBody().get("messageEn").asText()).contains("20 MB");
        assertThat(storedEvents()).isZero();
        assertThat(storedFiles()).isZero();
    }

    @Test
    void anotherUnitsOfficerCannotFileAFileForTheUnit() {
        ResponseEntity<JsonNode> refused = file(plan("15-KH/ĐU"), "x.pdf",
                new ByteArrayResource(SampleFiles.pdf("x")), OTHER_OFFICER);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedFiles()).isZero();
    }
}
