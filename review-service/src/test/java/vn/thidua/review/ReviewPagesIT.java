package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.pdf.PdfText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.PROVINCE;

/**
 * The review pages over HTTP with a signed-in session: one decision for several cases (all ready or none) and its
 * printed list, the board's needs-routing queue and routing by hand, and hostile form input refused with the
 * rule's text, changing nothing.
 */
@ReviewTest
class ReviewPagesIT {

    private static final TestUser AUTHORITY = TestUser.of("congnhan.vinhlinh", DISTRICT, "RECOGNISING_AUTHORITY");
    private static final TestUser BOARD = TestUser.of("ban-dan-van-tinh", PROVINCE, "BOARD_OFFICER");

    private static CloudEventRecords records;

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
    }

    private ReviewApi api() {
        return new ReviewApi(http, tree);
    }

    private String readyCase(String unitId) {
        api().organisationTree(records);
        String modelId = UUID.randomUUID().toString();
        records.send(ReviewApi.registered(modelId, "pages-campaign", unitId));
        String caseId = ReviewCaseIds.forModel(modelId);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api().get("/api/review-cases/" + caseId, AUTHORITY).getStatusCode() == HttpStatus.OK);
        api().makeReady(records, modelId, caseId, AUTHORITY);
        return caseId;
    }

    private String status(String caseId, TestUser reader) {
        return api().get("/api/review-cases/" + caseId, reader).getBody().path("status").asText();
    }

    @Test
    void oneDecisionRecognisesTheChosenCasesOnlyWhenAllAreReadyAndPrintsThemOnOneList() {
        String first = readyCase(COMMUNE);
        String second = readyCase(OTHER_COMMUNE);
        String notReady = api().reviewCaseOf(records, "pages-campaign", COMMUNE, AUTHORITY);
        PageSession page = PageSession.signedIn(http.getRootUri(), AUTHORITY);
        assertThat(page.get("/decisions/new").body()).contains(first, second, notReady, "Chưa đủ điều kiện");

        // the worklist filters by registrant kind (the models here are collective)
        assertThat(page.get("/cases?registrantKind=COLLECTIVE&campaignId=pages-campaign").body()).contains(first, second);
        assertThat(page.get("/cases?registrantKind=INDIVIDUAL&campaignId=pages-campaign").body()).doesNotContain(first);

        Map<String, String> decision = Map.of("batch-decisionNumber", "15-QĐ/HU", "batch-decidedOn", "02/11/2024",
                "batch-signer", "Nguyễn Văn Hùng", "batch-level", "district");
        HttpResponse<String> refused = post(page, "/decisions/new", "/decisions", decision, first, second, notReady);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("1 hồ sơ trong danh sách chưa đủ điều kiện công nhận");
        assertThat(List.of(status(first, AUTHORITY), status(second, AUTHORITY))).containsOnly("OPEN");

        HttpResponse<String> done = post(page, "/decisions/new", "/decisions", decision, first, second);
        assertThat(done.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "RECOGNIZED".equals(status(first, AUTHORITY)) && "RECOGNIZED".equals(status(second, AUTHORITY)));

        HttpResponse<byte[]> pdf = page.getBytes("/cases/" + first + "/decision.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        PdfText printed = PdfText.of(pdf.body());
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.text()).contains("Số: 15-QĐ/HU", "Công nhận 2 mô hình, điển hình “Dân vận khéo” (Cấp huyện)",
                "Kèm theo Quyết định số 15-QĐ/HU ngày 02/11/2024", "Hồ Xá", "Vĩnh Thái", "Xây dựng nông thôn mới");
        assertThat(page.getBytes("/cases/" + notReady + "/decision.pdf").statusCode()).isEqualTo(409);
    }

    @Test
    void theBoardRoutesACaseFromItsQueueByHandAndOnlyWithAReason() {
        api().organisationTree(records);
        String modelId = UUID.randomUUID().toString();
        records.send(ReviewApi.registered(modelId, "pages-campaign", PROVINCE));
        String caseId = ReviewCaseIds.forModel(modelId);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api().get("/api/review-cases/" + caseId, BOARD).getStatusCode() == HttpStatus.OK);
        PageSession board = PageSession.signedIn(http.getRootUri(), BOARD);
        assertThat(board.get("/needs-routing").body()).contains("/cases/" + caseId, "Không quy tắc nào");
        assertThat(board.get("/cases/" + caseId).body()).contains("id=\"route\"").doesNotContain("id=\"survey\"");
        // the other services link to a model's case by the model's id
        assertThat(board.get("/models/" + modelId + "/case").headers().firstValue("Location").orElse(""))
                .endsWith("/cases/" + caseId);

        // the authority is picked among units that can be one, with or without JavaScript
        assertThat(board.get("/cases/" + caseId).body()).contains("data-source=\"/authorities/choices\"",
                "/authorities/find?caseId=" + caseId);
        String association = "HOI-" + UUID.randomUUID().toString().substring(0, 8);
        records.send(new vn.thidua.contracts.UnitOpened(association, DISTRICT, "mass-organisation", "mass-organisation",
                "Hội Nông dân Vĩnh Linh", "Hội Nông dân Vĩnh Linh", List.of(), java.time.LocalDate.of(2008, 1, 1),
                new vn.thidua.contracts.Actor("ban-dan-van", PROVINCE), java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> tree.find(association).isPresent());
        assertThat(new String(board.getBytes("/authorities/choices?q=vinh%20linh").body(), StandardCharsets.UTF_8)).contains("\"id\":\"" + DISTRICT + "\"",
                "Quảng Trị › Vĩnh Linh").doesNotContain(association);
        assertThat(board.get("/authorities/find?q=vinh&caseId=" + caseId).body())
                .contains("/cases/" + caseId + "?route=" + DISTRICT);
        assertThat(board.get("/cases/" + caseId + "?route=" + DISTRICT).body()).contains("value=\"" + DISTRICT + "\"");
        HttpResponse<String> notAnAuthority = board.postForm("/cases/" + caseId, "/cases/" + caseId + "/routing",
                Map.of("route-authorityUnitId", association, "route-reason", "Hội theo dõi"));
        assertThat(notAnAuthority.statusCode()).isEqualTo(400);
        assertThat(notAnAuthority.body()).contains("id=\"route-authorityUnitId-error\"", "có thể là cấp công nhận");

        HttpResponse<String> noReason = board.postForm("/cases/" + caseId, "/cases/" + caseId + "/routing",
                Map.of("route-authorityUnitId", DISTRICT, "route-reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"route-reason-error\"", "là bắt buộc");
        assertThat(status(caseId, BOARD)).isEqualTo("NEEDS_ROUTING");

        HttpResponse<String> routed = board.postForm("/cases/" + caseId, "/cases/" + caseId + "/routing",
                Map.of("route-authorityUnitId", DISTRICT, "route-reason", "Huyện ủy Vĩnh Linh theo dõi"));
        assertThat(routed.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(status(caseId, AUTHORITY)));
        assertThat(PageSession.signedIn(http.getRootUri(), AUTHORITY).get("/cases/" + caseId).body())
                .contains("Ban Dân vận định tuyến thủ công", "Huyện ủy Vĩnh Linh theo dõi", "id=\"survey\"");
    }

    @Test
    void hostileFormInputIsRefusedWithTheRulesTextAndChangesNothing() {
        String caseId = api().reviewCaseOf(records, "pages-campaign", COMMUNE, AUTHORITY);
        JsonNode before = api().get("/api/review-cases/" + caseId, AUTHORITY).getBody();
        PageSession page = PageSession.signedIn(http.getRootUri(), AUTHORITY);
        String path = "/cases/" + caseId;

        HttpResponse<String> badDate = page.postForm(path, path + "/survey", Map.of("survey-surveyedOn", "31/02/2024",
                "survey-inspectors", "Trần Thị Bình", "survey-findings", "x".repeat(10_000)));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("id=\"survey-surveyedOn-error\"", "có giá trị không hợp lệ");
        HttpResponse<String> badCount = page.postForm(path, path + "/meeting", Map.of("meeting-membersTotal",
                "99999999999", "meeting-votesFor", "-1", "meeting-heldOn", "<script>alert(1)</script>"));
        assertThat(badCount.statusCode()).isEqualTo(400);
        assertThat(badCount.body()).contains("id=\"meeting-membersTotal-error\"", "phải là số nguyên từ 0 đến 10000")
                .doesNotContain("<script>alert(1)</script>");
        HttpResponse<String> future = page.postForm(path, path + "/supplement", Map.of("supplement-request", "Bổ sung ảnh",
                "supplement-dueOn", "01/01/2000"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("phải sau ngày hôm nay");
        assertThat(page.postFormWithoutToken(path + "/survey", Map.of("survey-surveyedOn", "10/10/2024"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> forged = page.postMultipart(path, path + "/document", Map.of("document-kind", "MINUTES",
                "document-reference", "05-BB/HU", "document-issuedOn", "20/10/2024"), "document-file", "bien-ban.pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("id=\"document-file-error\"", "không được chấp nhận");
        // an unknown case answers exactly as one out of reach: the refusal page
        assertThat(page.postForm(path, "/cases/no-such-case/survey", Map.of()).statusCode()).isEqualTo(403);
        assertThat(page.get("/cases/no-such-case").statusCode()).isEqualTo(403);

        PageSession other = PageSession.signedIn(http.getRootUri(),
                TestUser.of("congnhan.giolinh", OTHER_DISTRICT, "RECOGNISING_AUTHORITY"));
        assertThat(other.get(path).statusCode()).isEqualTo(403);
        PageSession viewer = PageSession.signedIn(http.getRootUri(), TestUser.of("xem", DISTRICT, "VIEWER"));
        assertThat(viewer.get(path).body()).doesNotContain("id=\"survey\"", "id=\"recognize\"");
        assertThat(viewer.postForm(path, path + "/survey", Map.of("survey-surveyedOn", "10/10/2024",
                "survey-inspectors", "A", "survey-findings", "B")).statusCode()).isEqualTo(403);

        assertThat(api().get("/api/review-cases/" + caseId, AUTHORITY).getBody()).isEqualTo(before);
    }

    /** Posts a form whose {@code reviewCaseIds} repeat (one per chosen case), with the session's CSRF token. */
    private HttpResponse<String> post(PageSession page, String formPage, String path, Map<String, String> fields,
                                             String... reviewCaseIds) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", page.csrfToken(formPage));
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        for (String id : reviewCaseIds) body += "&reviewCaseIds=" + encode(id);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "THIDUA_review-service=" + page.cookie("THIDUA_review-service"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
