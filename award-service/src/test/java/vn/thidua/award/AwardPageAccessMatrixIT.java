package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.PageAccessMatrix;
import vn.thidua.testsupport.identity.PageRoutes;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;

/**
 * Every GET page route of the award service, opened anonymously and by every role and several role sets from the
 * district whose council holds the sample round (D464), from its commune (W19363: reads and proposes in the round,
 * but neither decides it nor reads the district's own nominee) and from the sibling district (D465), as
 * {@code page-access-matrix.txt} rules; an unknown round or proposal is the outsider's 403.
 */
@AwardTest
class AwardPageAccessMatrixIT {

    private static final TestUser BOARD = TestUser.of("ban-dan-van-vinh-linh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser COUNCIL = TestUser.of("hoi-dong-vinh-linh", DISTRICT, "COUNCIL_MEMBER");

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyPageRouteHasARuleAndAnswersEveryRoleAndRoleSetAsRuled(CloudEventRecords records) {
        AwardApi api = new AwardApi(http, tree);
        api.organisationTree(records);
        String round = api.openRound(DISTRICT, COUNCIL, "GIAY_KHEN");
        String awarded = api.awaitProposal(api.proposePerson(round, "Võ Thị Xã", COMMUNE, "GIAY_KHEN", BOARD), COUNCIL);
        String reported = api.awaitProposal(api.proposePerson(round, "Đặng Văn Huyện", DISTRICT, "GIAY_KHEN", BOARD),
                COUNCIL);
        assertThat(api.attachReport(reported, "bao-cao.pdf", HostilePagesIT.PDF, BOARD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.post("/api/award-rounds/" + round + "/decisions", Map.of("decisionNumber", "9/QĐ-HĐTĐKT",
                "decisionDate", "2024-12-10", "signer", "Chủ tịch", "verdicts",
                List.of(Map.of("proposalId", awarded, "outcome", "APPROVED"))), COUNCIL).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> "APPROVED".equals(api.get("/api/award-proposals/" + awarded,
                COUNCIL).getBody().get("status").asText()) && api.download("/api/award-proposals/" + reported
                + "/report", COUNCIL).getStatusCode() == HttpStatus.OK);

        PageAccessMatrix matrix = PageAccessMatrix.of("http://localhost:" + port, "page-access-matrix.txt")
                .units(DISTRICT, COMMUNE, OTHER_DISTRICT)
                .value("round", round)
                .value("reported", reported);

        assertThat(matrix.coverageProblems(PageRoutes.of(mappings))).as("every page route has exactly its rule").isEmpty();
        assertThat(matrix.violations()).as("%d page requests", matrix.calls()).isEmpty();
    }
}
