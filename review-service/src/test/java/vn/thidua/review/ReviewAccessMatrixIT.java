package vn.thidua.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.testsupport.identity.PageAccessMatrix;
import vn.thidua.testsupport.identity.PageRoutes;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;


import java.time.Duration;
import java.util.UUID;

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
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
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

    /**
     * Every GET page route ({@code page-access-matrix.txt}) opened anonymously and by every role and role set from
     * the district that registered the sample model itself, from one of its communes (upward) and from the sibling
     * district. The case is routed to the province: the district's own authority is another authority in reach.
     */
    @Test
    void everyPageRouteHasARuleAndAnswersEveryRoleAndRoleSetAsRuled(CloudEventRecords records) {
        api().organisationTree(records);
        String modelId = UUID.randomUUID().toString();
        records.send(ReviewApi.registered(modelId, "matrix-campaign", DISTRICT));
        String caseId = ReviewCaseIds.forModel(modelId);
        String authority = await().atMost(Duration.ofSeconds(60)).until(() -> {
            var read = api().get("/api/review-cases/" + caseId, INSIDE_AUTHORITY);
            return read.getStatusCode() == HttpStatus.OK ? read.getBody().path("authorityUnitId").asText("") : "";
        }, unit -> !unit.isEmpty());
        assertThat(authority).as("a district's own case goes above it").isNotEqualTo(DISTRICT);
        TestUser routed = TestUser.of("cap-cong-nhan", authority, "RECOGNISING_AUTHORITY");
        api().upload(caseId, "MINUTES", "BB-01", "2024-10-10", "bien-ban.pdf", ReviewApi.PDF, routed);
        String documentId = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/review-cases/" + caseId,
                routed).getBody().path("authorityDocuments").path(0).path("documentId").asText(""), id -> !id.isEmpty());

        PageAccessMatrix matrix = PageAccessMatrix.of(http.getRootUri(), "page-access-matrix.txt")
                .units(DISTRICT, COMMUNE, OTHER_DISTRICT)
                .value("case", caseId)
                .value("model", modelId)
                .value("document", documentId);
        assertThat(matrix.coverageProblems(PageRoutes.of(mappings))).as("every page route has exactly its rule").isEmpty();
        assertThat(matrix.violations()).as("%d page requests", matrix.calls()).isEmpty();
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
