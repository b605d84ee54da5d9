package vn.thidua.registration.units;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.contracts.Topics;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Importing a small tree through REST, the event store, the view and Kafka; and what a broken file is told. */
@RegistrationTest
class UnitImportIT {

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber topic;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.data.mongodb.core.MongoTemplate mongo;

    /** A fresh prefix per test, so tests share the one tree without meeting. */
    private final String p = "IT" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    /** Configures the tree (imports). */
    private TestRestTemplate admin;
    /** Ban Dân vận of the test province {@code p}: changes one unit at a time below it. */
    private TestRestTemplate board;

    @org.junit.jupiter.api.BeforeEach
    void callers() {
        admin = Callers.as(http, Callers.ADMINISTRATOR);
        board = Callers.as(http, TestUser.of("ban-dan-van-" + p, p, "BOARD_OFFICER"));
    }

    @BeforeAll
    static void subscribe(Infrastructure infrastructure) {
        records = new CloudEventRecords(infrastructure.kafkaBootstrapServers());
        topic = records.subscribe(Topics.REGISTRATION);
    }

    @AfterAll
    static void close() {
        topic.close();
        records.close();
    }

    static ResponseEntity<JsonNode> upload(TestRestTemplate http, String fileName, byte[] content, String effectiveOn) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (effectiveOn != null) body.add("effectiveOn", effectiveOn);
        HttpHeaders headers = Callers.headers(Callers.ADMINISTRATOR);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/unit-imports", new HttpEntity<>(body, headers), JsonNode.class);
    }

    static JsonNode awaitDone(TestRestTemplate http, ResponseEntity<JsonNode> accepted, Duration timeout) {
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo("/api/unit-imports/" + accepted.getBody().get("jobId").asText());
        return await().atMost(timeout).pollInterval(Duration.ofMillis(300))
                .until(() -> Callers.as(http, Callers.ADMINISTRATOR).getForObject(location, JsonNode.class), job -> job.get("status").asText().equals("DONE"));
    }

    private String tree() {
        // children before parents, a decomposed name: order and NFC are the import's business
        return "code,parent_code,level,kind,name,full_name,groups\n"
                + p + "-W1," + p + "-D1,commune,xã,Vĩnh Thái,Xã Vĩnh Thái,biên giới\n"
                + p + "-W2," + p + "-D1,commune,thị trấn,Hồ Xá,Thị trấn Hồ Xá,\n"
                + p + "-D1," + p + ",district,huyện,Vĩnh Linh,Huyện Vĩnh Linh,\n"
                + p + "-D2," + p + ",district,huyện,Gio Linh,Huyện Gio Linh,\n"
                + p + ",,province,tỉnh," + java.text.Normalizer.normalize("Quảng Trị", java.text.Normalizer.Form.NFD)
                + ",Tỉnh Quảng Trị,\n";
    }

    private List<String> codes() {
        return List.of(p, p + "-D1", p + "-D2", p + "-W1", p + "-W2");
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier like ?", Long.class,
                p + "%");
    }

    private List<String> publishedKeys() {
        return topic.all(r -> String.valueOf(CloudEventRecords.key(r)).startsWith(p)).stream()
                .map(CloudEventRecords::key).toList();
    }

    @Test
    void importingTheSameTreeTwiceChangesNothingTheSecondTime() {
        JsonNode first = awaitDone(admin, upload(admin, "quang-tri.csv", tree().getBytes(StandardCharsets.UTF_8), "2020-01-01"),
                Duration.ofMinutes(2));
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(first.get("applied").asInt()).isEqualTo(5);
        assertThat(first.get("opened").asInt()).isEqualTo(5);
        assertThat(first.get("rejected").asInt()).isZero();
        assertThat(first.get("requestedBy").asText()).isEqualTo(Callers.ADMINISTRATOR.userId());

        // the view: ancestors root → parent, NFC names, folded names, groups, dates
        JsonNode commune = admin.getForObject("/api/units/" + p + "-W1", JsonNode.class);
        assertThat(commune.get("ancestorIds").toString()).isEqualTo("[\"" + p + "\",\"" + p + "-D1\"]");
        assertThat(commune.get("nameFolded").asText()).isEqualTo("vinh thai");
        assertThat(commune.get("groups").get(0).asText()).isEqualTo("biên giới");
        assertThat(commune.get("openedOn").asText()).isEqualTo("2020-01-01");
        assertThat(admin.getForObject("/api/units/" + p, JsonNode.class).get("name").asText()).isEqualTo("Quảng Trị");
        JsonNode children = admin.getForObject("/api/units?parentId=" + p + "-D1&on=2024-01-01", JsonNode.class);
        assertThat(children.size()).isEqualTo(2);
        assertThat(children.get(0).get("name").asText()).isEqualTo("Hồ Xá"); // Vietnamese order: H before V
        assertThat(admin.getForObject("/api/units?parentId=" + p + "-D1&on=2019-12-31", JsonNode.class).size()).isZero();
        assertThat(admin.getForObject("/api/units/" + p + "/subtree-size", JsonNode.class).get("subtreeSize").asInt()).isEqualTo(4);

        // published: one UnitOpened per unit, keyed by its code
        await().atMost(Duration.ofSeconds(90)).until(() -> publishedKeys().size() >= 5);
        assertThat(publishedKeys()).containsExactlyInAnyOrderElementsOf(codes());
        var opened = topic.all(r -> (p + "-W1").equals(CloudEventRecords.key(r))).get(0);
        assertThat(CloudEventRecords.header(opened, "ce_type")).isEqualTo("vn.thidua.UnitOpened.v1");
        assertThat(new String(opened.value(), StandardCharsets.UTF_8)).contains("\"parentId\":\"" + p + "-D1\"")
                .contains("\"userId\":\"" + Callers.ADMINISTRATOR.userId() + "\"");
        long events = storedEvents();

        JsonNode second = awaitDone(admin, upload(admin, "quang-tri.csv", tree().getBytes(StandardCharsets.UTF_8), null),
                Duration.ofMinutes(2));
        assertThat(second.get("unchanged").asInt()).isEqualTo(5);
        assertThat(second.get("applied").asInt()).isZero();
        assertThat(second.get("rejected").asInt()).isZero();
        assertThat(storedEvents()).isEqualTo(events);

        // a marker after the second import: once it is on Kafka, everything before it is too (the relay keeps order)
        String marker = p + "-MARK";
        assertThat(board.postForEntity("/api/units", Map.of("unitId", marker, "parentId", p, "kind", "cơ quan",
                "level", "province", "name", "Ban Dân vận Tỉnh ủy"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(90)).until(() -> publishedKeys().contains(marker));
        assertThat(publishedKeys()).hasSize(6);
    }

    @Test
    void aChangedFileRenamesMovesAndClosesAndEveryBadRowIsReportedWithItsLine() {
        awaitDone(admin, upload(admin, "quang-tri.csv", tree().getBytes(StandardCharsets.UTF_8), "2020-01-01"), Duration.ofMinutes(2));
        String changed = "code,parent_code,level,kind,name,full_name,opened_on,closed_on,successor_code\n"
                + p + "-W1," + p + "-D2,commune,xã,Vĩnh Thái,Xã Vĩnh Thái,,,\n"            // 2 moved
                + p + "-W2," + p + "-D1,commune,thị trấn,Hồ Xá Mới,Thị trấn Hồ Xá Mới,,,\n"   // 3 renamed
                + p + "-D1," + p + ",district,huyện,Vĩnh Linh,Huyện Vĩnh Linh,,2025-07-01,\n"  // 4 W2 stays open below it
                + p + "-D2," + p + ",district,huyện,Gio Linh,Huyện Gio Linh,,,\n"             // 5 unchanged
                + p + "-X1," + p + "-NONE,commune,xã,Mồ Côi,Xã Mồ Côi,,,\n"                   // 6 unknown parent
                + p + "-X2," + p + "-X3,commune,xã,Vòng Một,Xã Vòng Một,,,\n"                 // 7 cycle
                + p + "-X3," + p + "-X2,commune,xã,Vòng Hai,Xã Vòng Hai,,,\n"                 // 8 cycle
                + p + "-X4," + p + ",district,huyện,Trùng,Huyện Trùng,,,\n"                   // 9 duplicate
                + p + "-X4," + p + ",district,huyện,Trùng Lặp,Huyện Trùng Lặp,,,\n"           // 10 duplicate
                + p + "-X5," + p + ",district,huyện,Ngày Sai,Huyện Ngày Sai,31/02/2025,,\n"   // 11 bad date
                + p + "-X6," + p + ",district,,Thiếu,,,,\n"                                   // 12 missing kind
                + p + "-X7," + p + "-D2,commune,xã,Mới Lập,Xã Mới Lập,2024-05-01,,\n";        // 13 opened
        JsonNode job = awaitDone(admin, upload(admin, "quang-tri-2.csv", changed.getBytes(StandardCharsets.UTF_8), "2020-01-01"),
                Duration.ofMinutes(2));
        assertThat(job.get("total").asInt()).isEqualTo(12);
        assertThat(job.get("applied").asInt()).isEqualTo(3);
        assertThat(job.get("unchanged").asInt()).isEqualTo(1);
        assertThat(job.get("rejected").asInt()).isEqualTo(8);
        assertThat(job.get("processed").asInt()).isEqualTo(12);
        assertThat(job.get("moved").asInt()).isEqualTo(1);
        assertThat(job.get("renamed").asInt()).isEqualTo(1);
        assertThat(job.get("opened").asInt()).isEqualTo(1);
        assertThat(job.get("closed").asInt()).isZero();
        List<String> report = new ArrayList<>();
        job.get("rejections").forEach(r -> report.add(r.get("line").asInt() + " " + r.get("code").asText() + " "
                + r.get("reason").asText()));
        assertThat(report).containsExactly(
                "4 " + p + "-D1 open-children", "6 " + p + "-X1 unknown-parent", "7 " + p + "-X2 cycle",
                "8 " + p + "-X3 cycle", "9 " + p + "-X4 duplicate-code", "10 " + p + "-X4 duplicate-code",
                "11 " + p + "-X5 bad-date", "12 " + p + "-X6 missing-value");
        // D1 cannot close while W2 stays open below it (W1 moves away): D1 stays open, W2 is renamed
        assertThat(job.get("rejections").get(0).get("messageEn").asText())
                .isEqualTo("1 units below it stay open (" + p + "-W2); close or move them first");
        assertThat(job.get("rejections").get(6).get("messageVi").asText())
                .isEqualTo("ngày '31/02/2025' ở cột opened_on không hợp lệ (dùng dạng 2025-07-01 hoặc 01/07/2025)");
        assertThat(admin.getForObject("/api/units/" + p + "-W2", JsonNode.class).get("name").asText()).isEqualTo("Hồ Xá Mới");
        assertThat(admin.getForObject("/api/units/" + p + "-W1", JsonNode.class).get("ancestorIds").toString())
                .isEqualTo("[\"" + p + "\",\"" + p + "-D2\"]");
        assertThat(admin.getForObject("/api/units/" + p + "-D1", JsonNode.class).has("closedOn")).isFalse();
        assertThat(admin.getForEntity("/api/units/" + p + "-X4", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode changes = admin.getForObject("/api/unit-imports/" + job.get("jobId").asText() + "/changes", JsonNode.class);
        List<String> applied = new ArrayList<>();
        changes.forEach(c -> applied.add(c.get("unitId").asText() + " " + c.get("action").asText()));
        assertThat(applied).containsExactlyInAnyOrder(p + "-W1 MOVED", p + "-W2 RENAMED", p + "-X7 OPENED");
    }

    @Test
    void demoUnitsForADistrictGoThroughTheSameImport() {
        awaitDone(admin, upload(admin, "quang-tri.csv", tree().getBytes(StandardCharsets.UTF_8), "2020-01-01"), Duration.ofMinutes(2));
        JsonNode job = awaitDone(admin, admin.postForEntity("/api/unit-imports/demo/" + p + "-D1?seed=2023", null, JsonNode.class),
                Duration.ofMinutes(2));
        assertThat(job.get("kind").asText()).isEqualTo("ROWS");
        assertThat(job.get("rejected").asInt()).as(String.valueOf(job.get("rejections"))).isZero();
        assertThat(job.get("applied").asInt()).isEqualTo(job.get("total").asInt()).isGreaterThan(30);
        JsonNode belowCommune = admin.getForObject("/api/units?parentId=" + p + "-W1&on=2024-01-01", JsonNode.class);
        assertThat(belowCommune.findValuesAsText("kind")).contains("village", "party-committee", "mass-organisation");
        assertThat(belowCommune.findValuesAsText("name")).contains("Đảng ủy xã Vĩnh Thái", "Hội Phụ nữ xã Vĩnh Thái");
        assertThat(admin.getForObject("/api/units?parentId=" + p + "-D1&on=2024-01-01", JsonNode.class)
                .findValuesAsText("name")).contains("Ban Dân vận Huyện ủy Vĩnh Linh");
        // generating again gives the same units: nothing to import
        JsonNode again = awaitDone(admin, admin.postForEntity("/api/unit-imports/demo/" + p + "-D1?seed=2023", null, JsonNode.class),
                Duration.ofMinutes(2));
        assertThat(again.get("unchanged").asInt()).isEqualTo(job.get("total").asInt());
    }

    @Test
    void brokenFilesGetA400SayingWhyAndChangeNothing() {
        long jobs = jobCount();
        long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        Map<String, byte[]> broken = Map.of(
                "empty.csv", new byte[0],
                "wrong.csv", "ma,ten\nW1,Một\n".getBytes(StandardCharsets.UTF_8),
                "header-only.csv", "code,parent_code,level,kind,name,full_name\n".getBytes(StandardCharsets.UTF_8),
                "broken.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9, 9},
                "photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Map<String, String> expected = Map.of(
                "empty.csv", "the file is empty",
                "wrong.csv", "missing columns code, parent_code, level, kind, name, full_name",
                "header-only.csv", "no unit rows",
                "broken.xlsx", "not a valid Excel .xlsx workbook",
                "photo.csv", "not a CSV text file");
        for (var file : broken.entrySet()) {
            var response = upload(admin, file.getKey(), file.getValue(), null);
            assertThat(response.getStatusCode()).as(file.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(response.getBody().get("messageEn").asText()).as(file.getKey()).contains(expected.get(file.getKey()));
            assertThat(response.getBody().get("messageVi").asText()).startsWith("Không thể nhập tệp");
            assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
        }
        assertThat(jobCount()).isEqualTo(jobs);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class)).isEqualTo(events);
    }

    private long jobCount() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), "unit_imports");
    }

    @Test
    void oneUnitAtATimeWithTheTreeRulesChecked() {
        post("/api/units", Map.of("unitId", p, "kind", "tỉnh", "level", "province", "name", "Lạng Sơn",
                "openedOn", "2020-01-01"), HttpStatus.CREATED);
        post("/api/units", Map.of("unitId", p + "-D1", "parentId", p, "kind", "huyện", "level", "district",
                "name", "Cao Lộc", "openedOn", "2020-01-01"), HttpStatus.CREATED);
        post("/api/units", Map.of("unitId", p + "-W1", "parentId", p + "-D1", "kind", "xã", "level", "commune",
                "name", "Thụy Hùng", "openedOn", "2020-01-01"), HttpStatus.CREATED);
        awaitUnit(p + "-W1");
        assertThat(admin.getForObject("/api/units/" + p + "-D1", JsonNode.class).get("fullName").asText()).isEqualTo("Huyện Cao Lộc");

        var unknownParent = post("/api/units", Map.of("unitId", p + "-W9", "parentId", p + "-NONE", "kind", "xã",
                "level", "commune", "name", "Không Cha"), HttpStatus.BAD_REQUEST);
        assertThat(unknownParent.get("errors").get(0).get("field").asText()).isEqualTo("parentId");
        var blank = post("/api/units", Map.of("unitId", "", "kind", "", "level", "commune"), HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        blank.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("unitId", "kind", "name");
        post("/api/units", Map.of("unitId", p, "kind", "tỉnh", "level", "province", "name", "Lạng Sơn"), HttpStatus.CONFLICT);

        // a move below its own subtree is a cycle; a real move rewrites the ancestors of the whole subtree
        var cycle = post("/api/units/" + p + "-D1/move", Map.of("parentId", p + "-W1"), HttpStatus.BAD_REQUEST);
        assertThat(cycle.get("code").asText()).isEqualTo("cycle");
        post("/api/units", Map.of("unitId", p + "-R2", "parentId", p, "kind", "thành phố", "level", "district",
                "name", "Lạng Sơn", "openedOn", "2020-01-01"), HttpStatus.CREATED);
        awaitUnit(p + "-R2");
        post("/api/units/" + p + "-D1/move", Map.of("parentId", p + "-R2"), HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                admin.getForObject("/api/units/" + p + "-W1", JsonNode.class).get("ancestorIds").toString())
                .isEqualTo("[\"" + p + "\",\"" + p + "-R2\",\"" + p + "-D1\"]"));

        post("/api/units/" + p + "-W1/rename", Map.of("name", "Thụy Hùng Mới", "fullName", "Xã Thụy Hùng Mới"), HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                admin.getForObject("/api/units?q=THUY HUNG moi", JsonNode.class).findValuesAsText("unitId")).contains(p + "-W1"));

        var early = post("/api/units/" + p + "-W1/closure", Map.of("closedOn", "2019-01-01"), HttpStatus.BAD_REQUEST);
        assertThat(early.get("errors").get(0).get("field").asText()).isEqualTo("closedOn");
        post("/api/units/" + p + "-W1/closure", Map.of("closedOn", "2025-07-01"), HttpStatus.NO_CONTENT);
        var closed = post("/api/units/" + p + "-W1/rename", Map.of("name", "Khác", "fullName", "Xã Khác"), HttpStatus.CONFLICT);
        assertThat(closed.get("messageVi").asText()).contains("đã giải thể");
        assertThat(admin.getForEntity("/api/units/" + p + "-NONE", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void awaitUnit(String unitId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                admin.getForEntity("/api/units/" + unitId, JsonNode.class).getStatusCode() == HttpStatus.OK);
    }

    private JsonNode post(String path, Map<String, Object> body, HttpStatus expected) {
        ResponseEntity<JsonNode> response = board.postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(expected);
        return response.getBody();
    }
}
