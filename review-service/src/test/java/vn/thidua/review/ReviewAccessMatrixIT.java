package vn.thidua.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;


import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE_OF_OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;

/**
 * Every operation of the review service's OpenAPI document, as anonymous and as every role from the district
 * whose commune holds the sample case (D464 Vĩnh Linh, with communes W19363 and W19369) and from the district
 * beside it (D465 Gio Linh), against {@code access-matrix.txt}.
 */
@ReviewTest
class ReviewAccessMatrixIT {

    private static final TestUser INSIDE_AUTHORITY = TestUser.of("huyen-uy-vinh-linh", DISTRICT, "RECOGNISING_AUTHORITY");
    private static final TestUser OUTSIDE_AUTHORITY = TestUser.of("huyen-uy-gio-linh", OTHER_DISTRICT,
            "RECOGNISING_AUTHORITY");

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;
    @LocalServerPort int port;

    private ReviewApi api() {
        return new ReviewApi(http, tree);
    }

    @Test
    void everyOperationHasARuleAndEveryRoleGetsWhatTheRuleSays(CloudEventRecords records) throws Exception {
        String caseId = api().reviewCaseOf(records, "matrix-campaign", COMMUNE, INSIDE_AUTHORITY);
        api().upload(caseId, "MINUTES", "BB-01", "2024-10-10", "bien-ban.pdf", ReviewApi.PDF, INSIDE_AUTHORITY);
        String documentId = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/review-cases/" + caseId,
                INSIDE_AUTHORITY).getBody().path("authorityDocuments").path(0).path("documentId").asText(""),
                id -> !id.isEmpty());

        AccessMatrix matrix = AccessMatrix.of("http://localhost:" + port, TestIdentity.shared(), "access-matrix.txt")
                .units(DISTRICT, OTHER_DISTRICT)
                .value("reviewCaseId", caseId)
                .value("document", documentId);
        assertThat(matrix.coverageProblems()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
        assertThat(matrix.unknownIdViolations()).as("an unknown id is answered as one outside the subtree").isEmpty();
    }

    @Test
    void anotherDistrictsCaseIsForbiddenByIdAndMissingFromTheList(CloudEventRecords records) {
        String outsideCase = api().reviewCaseOf(records, "matrix-campaign", COMMUNE_OF_OTHER_DISTRICT, OUTSIDE_AUTHORITY);
        for (String role : new String[] {"RECOGNISING_AUTHORITY", "BOARD_OFFICER", "VIEWER"}) {
            TestUser insider = TestUser.of("matrix-" + role.toLowerCase(), DISTRICT, role);
            assertThat(api().get("/api/review-cases/" + outsideCase, insider).getStatusCode()).as(role)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api().get("/api/review-cases?campaignId=matrix-campaign", insider).getBody()
                    .findValuesAsText("reviewCaseId")).as(role).doesNotContain(outsideCase);
        }
    }
}
