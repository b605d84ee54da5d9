package vn.thidua.registration.adapter.in.web.model;

import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.support.ModelFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.thidua.registration.support.Callers;
import vn.thidua.testsupport.identity.TestUser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bulk registration from a unit's summary table (Bảng tổng hợp, .xlsx). */
@RegistrationTest
class ModelImportIT {

    @Autowired TestRestTemplate http;
    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;

    private String campaign;

    private TestRestTemplate reader;

    @BeforeEach
    void seed() {
        reader = Callers.as(http, Callers.DISTRICT_BOARD);
        ModelFixtures fixtures = new ModelFixtures(http);
        fixtures.vinhLinhUnits();
        campaign = fixtures.openCampaign(ModelFixtures.unique("import"));
    }

    private ResponseEntity<JsonNode> upload(String campaignId, String filename, byte[] content) {
        return upload(campaignId, filename, content, Callers.DISTRICT_BOARD);
    }

    private ResponseEntity<JsonNode> upload(String campaignId, String filename, byte[] content, TestUser caller) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (campaignId != null) form.add("campaignId", campaignId);
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = Callers.headers(caller);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/model-imports", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private static byte[] workbook(List<String> headers, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Bảng tổng hợp");
            sheet.createRow(0).createCell(0).setCellValue("BẢNG TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO” — XÃ VĨNH THỦY");
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) header.createCell(i).setCellValue(headers.get(i));
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        var cell = row.createCell(c);
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final List<String> HEADERS = List.of("STT", "Mã đơn vị", "Tên mô hình", "Lĩnh vực", "Tập thể/Cá nhân",
            "Mới/Tiếp tục", "Họ và tên", "Chức vụ", "Nơi công tác", "Nội dung", "Ngày bắt đầu", "Cột ghi chú riêng");

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    @Test
    void goodRowsAreRegisteredAndBadRowsListedWithEveryReason() throws Exception {
        byte[] file = workbook(HEADERS, List.of(
                List.of("1", "WX19390", "Dân vận khéo trong xây dựng nông thôn mới", "Xây dựng nông thôn mới", "Tập thể", "Mới",
                        "", "", "", "Hiến đất làm đường", LocalDate.of(2024, 5, 1), "ghi chú"),
                List.of("2", "WX19391", "Phụ nữ dân vận khéo", "văn hoá - xã hội", "Cá nhân", "Tiếp tục",
                        "Trần Thị Lan", "Chủ tịch Hội LHPN", "Xã Vĩnh Lâm", "", "15/06/2024", ""),
                List.of("3", "NO-SUCH", "", "Thể thao", "Tập thể", "Mới", "", "", "", "", "ngày mai", ""),
                List.of("4", "WX19390", "Mô hình cá nhân thiếu tên", "Kinh tế", "Cá nhân", "Mới", "", "", "", "", "", ""),
                new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "", "", "")),
                List.of("6", "WX19390", "DAN VAN KHEO trong xay dung nong thon moi", "Kinh tế", "Tập thể", "Mới",
                        "", "", "", "", "", "")));

        ResponseEntity<JsonNode> response = upload(campaign, "bang-tong-hop.xlsx", file);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode report = response.getBody();
        assertThat(report.get("registered").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        JsonNode rows = report.get("rows");
        assertThat(rows).extracting(r -> r.get("row").asInt()).containsExactly(4, 5, 6, 7, 9);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(rows.get(1).get("status").asText()).isEqualTo("REGISTERED");
        JsonNode bad = rows.get(2);
        assertThat(bad.get("status").asText()).isEqualTo("REJECTED");
        assertThat(bad.has("modelId")).isFalse();
        assertThat(bad.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("unitId", "title", "field", "startDate");
        assertThat(bad.get("errors")).extracting(e -> e.get("column").asText())
                .containsExactly("Đơn vị", "Tên mô hình", "Lĩnh vực", "Ngày bắt đầu");
        assertThat(bad.get("errors").get(2).get("messageVi").asText()).contains("Thể thao").contains("Kinh tế");
        assertThat(rows.get(3).get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("individual.fullName", "individual.position", "individual.workplace");
        JsonNode duplicate = rows.get(4);
        assertThat(duplicate.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(duplicate.get("warnings").get(0).get("modelId").asText()).isEqualTo(rows.get(0).get("modelId").asText());

        String individual = rows.get(1).get("modelId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = reader.getForObject("/api/models/" + individual, JsonNode.class);
            assertThat(view.get("individual").get("fullName").asText()).isEqualTo("Trần Thị Lan");
            assertThat(view.get("field").asText()).isEqualTo("CULTURE_SOCIETY");
            assertThat(view.get("novelty").asText()).isEqualTo("CONTINUING");
            assertThat(view.get("startDate").asText()).isEqualTo("2024-06-15");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                reader.getForObject("/api/models?campaignId=" + campaign, JsonNode.class).get("total").asInt()).isEqualTo(3));
    }

    @Test
    void aBrokenFileOrWrongColumnsRegisterNothing() throws Exception {
        long before = events();

        ResponseEntity<JsonNode> notExcel = upload(campaign, "bang.xlsx", "STT;Đơn vị;Tên mô hình\n1;WX19390;X".getBytes(StandardCharsets.UTF_8));
        assertThat(notExcel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notExcel.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(notExcel.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(notExcel.getBody().get("messageVi").asText()).contains(".xlsx");

        byte[] good = workbook(HEADERS, List.of(List.of("1", "WX19390", "Mô hình tốt", "Kinh tế", "Tập thể", "Mới")));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(upload(campaign, "bang.xlsx", truncated).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        byte[] wrongColumns = workbook(List.of("STT", "Tên mô hình", "Ghi chú"), List.of(List.of("1", "Mô hình tốt", "")));
        ResponseEntity<JsonNode> missing = upload(campaign, "bang.xlsx", wrongColumns);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("errors").get(0).get("messageVi").asText())
                .contains("Đơn vị").contains("Lĩnh vực").contains("Tập thể/Cá nhân").contains("Mới/Tiếp tục");

        ResponseEntity<JsonNode> unknownCampaign = upload("no-such-campaign", "bang.xlsx", good);
        assertThat(unknownCampaign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownCampaign.getBody().get("errors").get(0).get("field").asText()).isEqualTo("campaignId");

        byte[] headersOnly = workbook(HEADERS, List.of());
        assertThat(upload(campaign, "bang.xlsx", headersOnly).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aSheetThatUnpacksFarBeyondAnySummaryTableIsRefusedBeforeItIsLoaded() throws Exception {
        long before = events();
        // rows of distinct values: compresses some 10:1, under POI's own ratio guard, yet unpacks to 48 MB
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(packed)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            var random = new java.util.Random(11);
            StringBuilder rows = new StringBuilder();
            for (long written = 0, r = 1; written < 48L * 1024 * 1024; r++) {
                rows.setLength(0);
                rows.append("<row r=\"").append(r).append("\"><c r=\"C").append(r).append("\" t=\"inlineStr\"><is><t>")
                        .append(Long.toHexString(random.nextLong())).append("</t></is></c></row>");
                byte[] row = rows.toString().getBytes(StandardCharsets.UTF_8);
                zip.write(row);
                written += row.length;
            }
        }
        assertThat(packed.size()).as("fits the upload limit").isLessThan(20 * 1024 * 1024);

        ResponseEntity<JsonNode> refused = upload(campaign, "bang.xlsx", packed.toByteArray());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(refused.getBody().get("messageEn").asText()).contains("zip bomb").contains("unpacks to more than");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theTemplateHasTheColumnsAndItsExampleRowImports() throws Exception {
        ResponseEntity<byte[]> template = reader.getForEntity("/api/model-imports/template.xlsx", byte[].class);
        byte[] exampleRow;
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(template.getHeaders().getContentDisposition().isAttachment()).isTrue();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Đơn vị", "Tên mô hình", "Lĩnh vực", "Tập thể/Cá nhân", "Mới/Tiếp tục",
                    "Họ và tên", "Chức vụ", "Nơi công tác", "Nội dung", "Cách làm", "Kết quả dự kiến", "Ngày bắt đầu");
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
            // the example names Vĩnh Linh's real codes; this context's tree has the test line instead
            var example = workbook.getSheetAt(0).getRow(1);
            example.getCell(headers.indexOf("Đơn vị")).setCellValue(ModelFixtures.COMMUNE);
            example.getCell(headers.indexOf("Đơn vị quản lý")).setCellValue(ModelFixtures.DISTRICT);
            var edited = new java.io.ByteArrayOutputStream();
            workbook.write(edited);
            exampleRow = edited.toByteArray();
        }
        JsonNode report = upload(campaign, "mau.xlsx", exampleRow).getBody();
        assertThat(report.get("registered").asInt()).isEqualTo(1);
    }

    @Test
    void aCommuneOfficerImportsOnlyItsOwnUnitsRowsAndIsToldWhyTheOthersWereRejected() throws Exception {
        byte[] file = workbook(HEADERS, List.of(
                List.of("1", "WX19390", "Mô hình của xã mình", "Kinh tế", "Tập thể", "Mới", "", "", "", "", "", ""),
                List.of("2", "WX19391", "Mô hình của xã bên cạnh", "Kinh tế", "Tập thể", "Mới", "", "", "", "", "", ""),
                List.of("3", "DX198", "Mô hình của huyện", "Kinh tế", "Tập thể", "Mới", "", "", "", "", "", "")));

        ResponseEntity<JsonNode> response = upload(campaign, "bang.xlsx", file, Callers.officer("WX19390"));

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode rows = response.getBody().get("rows");
        assertThat(response.getBody().get("registered").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("REGISTERED");
        for (JsonNode outside : List.of(rows.get(1), rows.get(2))) {
            assertThat(outside.get("status").asText()).isEqualTo("REJECTED");
            assertThat(outside.has("modelId")).isFalse();
            JsonNode error = outside.get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("unitId");
            assertThat(error.get("column").asText()).isEqualTo("Đơn vị");
            assertThat(error.get("messageVi").asText()).contains("ngoài phạm vi");
            assertThat(error.get("messageEn").asText()).contains("outside");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                reader.getForObject("/api/models?campaignId=" + campaign, JsonNode.class).get("items"))
                .extracting(m -> m.get("title").asText()).containsExactly("Mô hình của xã mình"));
    }
}
