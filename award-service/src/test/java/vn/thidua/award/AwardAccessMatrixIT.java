package vn.thidua.award;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE_OF_OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;

/**
 * Every operation of the award service's OpenAPI document, as anonymous and as every role from the district whose
 * commune holds the sample model and proposal (D464 Vĩnh Linh, with communes W19363 and W19369) and from the
 * district beside it (D465 Gio Linh), against {@code access-matrix.txt}.
 */
@AwardTest
class AwardAccessMatrixIT {

    private static final TestUser INSIDE_BOARD = TestUser.of("ban-dan-van-vinh-linh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser INSIDE_COUNCIL = TestUser.of("hoi-dong-vinh-linh", DISTRICT, "COUNCIL_MEMBER");
    private static final TestUser OUTSIDE_BOARD = TestUser.of("ban-dan-van-gio-linh", OTHER_DISTRICT, "BOARD_OFFICER");

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;
    @LocalServerPort int port;

    private AwardApi api() {
        return new AwardApi(http, tree);
    }

    private ResponseEntity<JsonNode> get(String path, TestUser user) {
        return api().get(path, user);
    }

    /** A recognised model of {@code unitId} with one proposal by {@code board}: returns {modelId, proposalId}. */
    private String[] proposalOf(CloudEventRecords records, String unitId, TestUser board) {
        String modelId = api().recognizedModel(records, "matrix-campaign", unitId, board);
        var proposed = api().propose(modelId, "COMMEMORATIVE_MEDAL", board);
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String proposalId = proposed.getBody().get("proposalId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/award-proposals/" + proposalId, board).getStatusCode() == HttpStatus.OK);
        return new String[] {modelId, proposalId};
    }

    @Test
    void everyOperationHasARuleAndEveryRoleGetsWhatTheRuleSays(CloudEventRecords records) throws Exception {
        String[] sample = proposalOf(records, COMMUNE, INSIDE_BOARD);
        String round = api().openRound(DISTRICT, INSIDE_COUNCIL, "GIAY_KHEN");
        String otherRound = api().openRound(DISTRICT, INSIDE_COUNCIL, "GIAY_KHEN");
        String roundProposal = api().awaitProposal(
                api().proposePerson(round, "Nguyễn Thị Mẫu", COMMUNE, "GIAY_KHEN", INSIDE_BOARD), INSIDE_BOARD);
        String withdrawable = api().awaitProposal(
                api().proposePerson(round, "Trần Văn Rút", COMMUNE, "GIAY_KHEN", INSIDE_BOARD), INSIDE_BOARD);
        String reported = api().awaitProposal(
                api().proposePerson(round, "Phạm Thị Báo", COMMUNE, "GIAY_KHEN", INSIDE_BOARD), INSIDE_BOARD);
        assertThat(api().attachReport(reported, "bao-cao.pdf", HostilePagesIT.PDF, INSIDE_BOARD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().download("/api/award-proposals/" + reported
                + "/report", INSIDE_COUNCIL).getStatusCode() == HttpStatus.OK);

        AccessMatrix matrix = AccessMatrix.of("http://localhost:" + port, TestIdentity.shared(), "access-matrix.txt")
                .units(DISTRICT, OTHER_DISTRICT)
                .value("modelId", sample[0])
                .value("proposalId", sample[1])
                .value("round", round)
                .value("otherRound", otherRound)
                .value("roundProposal", roundProposal)
                .value("withdrawable", withdrawable)
                .value("reported", reported);
        assertThat(matrix.coverageProblems()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
        assertThat(matrix.unknownIdViolations()).as("an unknown id is answered as one outside the subtree").isEmpty();
    }

    /** No oracle within rounds: a model never heard of is refused exactly as another district's recognised one. */
    @Test
    void aRoundProposalForAnUnknownModelIsRefusedAsOneOutsideTheSubtree(CloudEventRecords records) {
        String outsideModel = api().recognizedModel(records, "matrix-campaign", COMMUNE_OF_OTHER_DISTRICT, OUTSIDE_BOARD);
        String round = api().openRound(DISTRICT, INSIDE_COUNCIL, "GIAY_KHEN");
        var unknown = api().post("/api/award-rounds/" + round + "/proposals", modelProposal(UUID.randomUUID().toString()),
                INSIDE_BOARD);
        var outside = api().post("/api/award-rounds/" + round + "/proposals", modelProposal(outsideModel), INSIDE_BOARD);
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unknown.getBody().get("code")).isEqualTo(outside.getBody().get("code"));
        assertThat(unknown.getBody().get("messageVi")).isEqualTo(outside.getBody().get("messageVi"));
        assertThat(get("/api/award-rounds/" + UUID.randomUUID(), INSIDE_BOARD).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/award-proposals/" + UUID.randomUUID(), INSIDE_BOARD).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static Map<String, String> modelProposal(String modelId) {
        return Map.of("modelId", modelId, "formCode", "GIAY_KHEN", "summary", "Tiêu biểu", "reportReference", "BC-1");
    }

    @Test
    void anotherDistrictsProposalIsForbiddenByIdAndMissingFromTheLists(CloudEventRecords records) {
        String[] outside = proposalOf(records, COMMUNE_OF_OTHER_DISTRICT, OUTSIDE_BOARD);
        for (String role : new String[] {"COUNCIL_MEMBER", "BOARD_OFFICER", "VIEWER"}) {
            TestUser insider = TestUser.of("matrix-" + role.toLowerCase(), DISTRICT, role);
            assertThat(get("/api/award-proposals/" + outside[1], insider).getStatusCode()).as(role)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get("/api/award-proposals?campaignId=matrix-campaign", insider).getBody()
                    .findValuesAsText("proposalId")).as(role).doesNotContain(outside[1]);
            assertThat(get("/api/eligible-models?campaignId=matrix-campaign", insider).getBody()
                    .findValuesAsText("modelId")).as(role).doesNotContain(outside[0]);
        }
    }
}
