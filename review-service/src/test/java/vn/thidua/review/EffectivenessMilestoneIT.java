package vn.thidua.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_COMMUNE;

/**
 * Effectiveness at a campaign milestone: every registered or recognised model in the authority's scope with its
 * verdict so far and the counts, a verdict recorded from the page's row, withdrawn models left out.
 */
@ReviewTest
class EffectivenessMilestoneIT {

    private static final TestUser AUTHORITY = TestUser.of("huyen-uy-vinh-linh", DISTRICT, "RECOGNISING_AUTHORITY");
    private static final TestUser VIEWER = TestUser.of("xem-vinh-linh", DISTRICT, "VIEWER");

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    private ReviewApi api() {
        return new ReviewApi(http, tree);
    }

    @Test
    void everyModelInScopeHasItsVerdictAtTheMilestoneAndTheAuthorityRecordsOneFromThePage(CloudEventRecords records) {
        String campaign = "milestone-" + UUID.randomUUID().toString().substring(0, 8);
        String open = api().reviewCaseOf(records, campaign, COMMUNE, AUTHORITY);
        String other = api().reviewCaseOf(records, campaign, OTHER_COMMUNE, AUTHORITY);
        String withdrawnModel = UUID.randomUUID().toString();
        records.send(ReviewApi.registered(withdrawnModel, campaign, COMMUNE));
        records.send(new ModelWithdrawn(withdrawnModel, campaign, COMMUNE, "Sáp nhập", new Actor("can-bo-xa", COMMUNE),
                ReviewApi.DISTRICT_ERA));
        String withdrawn = ReviewCaseIds.forModel(withdrawnModel);
        await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(
                api().get("/api/review-cases/" + withdrawn, AUTHORITY).getBody().path("status").asText()));
        assertThat(api().post("/api/review-cases/" + other + "/effectiveness", "{\"milestone\":\"YEAR_END\",\"year\":2024,"
                + "\"verdict\":\"WEAKENED\",\"evidence\":\"Báo cáo tổng kết\",\"assessedOn\":\"2024-12-20\"}", AUTHORITY)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode review = await().atMost(Duration.ofSeconds(30)).until(() -> api().get(
                "/api/effectiveness?campaignId=" + campaign + "&milestone=YEAR_END&year=2024", VIEWER).getBody(),
                r -> r.path("counts").path("WEAKENED").asInt() == 1);
        assertThat(review.path("rows").findValuesAsText("reviewCaseId")).containsExactlyInAnyOrder(open, other);
        assertThat(review.path("counts").path("NOT_ASSESSED").asInt()).isEqualTo(1);
        assertThat(api().get("/api/effectiveness?campaignId=" + campaign + "&milestone=SIX_MONTH&year=2024", VIEWER)
                .getBody().path("counts").path("NOT_ASSESSED").asInt()).as("another milestone has its own verdicts").isEqualTo(2);

        PageSession page = PageSession.signedIn(http.getRootUri(), AUTHORITY);
        String path = "/effectiveness?campaignId=" + campaign + "&milestone=YEAR_END&year=2024";
        String shown = page.get(path).body();
        assertThat(shown).contains("id=\"counts\"", "Tổng kết năm 2024", "Giảm hiệu quả", "Chưa đánh giá", "id=\"assess-" + open + "\"");
        HttpResponse<String> recorded = page.postForm(path, "/cases/" + open + "/effectiveness", Map.of(
                "return", "milestone", "campaignId", campaign, "effectiveness-milestone", "YEAR_END",
                "effectiveness-year", "2024", "effectiveness-assessedOn", "20/12/2024",
                "effectiveness-verdict", "EFFECTIVE", "effectiveness-evidence", "Biên bản tổng kết của xã"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElse("")).contains("/effectiveness?milestone=YEAR_END&year=2024");
        assertThat(page.follow(path).body()).contains("Biên bản tổng kết của xã");
        assertThat(api().get("/api/effectiveness?campaignId=" + campaign + "&milestone=YEAR_END&year=2024", VIEWER)
                .getBody().path("counts").path("EFFECTIVE").asInt()).isEqualTo(1);
        assertThat(PageSession.signedIn(http.getRootUri(), VIEWER).get(path).body())
                .as("a viewer reads, the forms are the authority's").contains("Biên bản tổng kết").doesNotContain("id=\"assess-");

        for (String hostile : new String[] {"milestone=QUARTER&year=2024", "milestone=YEAR_END&year=1999",
                "milestone=YEAR_END&year=hai", "year=2024"}) {
            var refused = api().get("/api/effectiveness?" + hostile, VIEWER);
            assertThat(refused.getStatusCode()).as(hostile).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(String.valueOf(refused.getHeaders().getContentType())).as(hostile).startsWith("application/problem+json");
        }
    }
}
