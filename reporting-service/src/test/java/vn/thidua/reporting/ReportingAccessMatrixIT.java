package vn.thidua.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.testsupport.identity.AccessMatrix;
import vn.thidua.testsupport.identity.PageAccessMatrix;
import vn.thidua.testsupport.identity.PageRoutes;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of the service's OpenAPI document against the rules of {@code access-matrix.txt}: anonymous 401,
 * each role from inside the data's subtree and from the sibling district, as the README's table says. A
 * {@link ReportingTest}: one application context with the other integration tests.
 */
@ReportingTest
class ReportingAccessMatrixIT {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private static final String S = UUID.randomUUID().toString().substring(0, 8);
    private static final String PROVINCE = "P-matrix-" + S;
    private static final String DISTRICT = "D-matrix-" + S;
    private static final String SIBLING = "D2-matrix-" + S;
    private static final String COMMUNE_1 = "C1-matrix-" + S;
    private static final String COMMUNE_2 = "C2-matrix-" + S;
    private static final String CAMPAIGN = "campaign-matrix-" + S;
    private static final String MODEL = CAMPAIGN + "-m1";
    /** The district's own model: its communes may not see it (the pages' upward case). */
    private static final String DISTRICT_MODEL = CAMPAIGN + "-district";

    private static CloudEventRecords records;

    @Autowired TestRestTemplate anonymous;

    @BeforeAll
    static void data(CloudEventRecords connected) {
        records = connected;
        records.send(Events.unit(PROVINCE, null, "tỉnh", "province"));
        records.send(Events.unit(DISTRICT, PROVINCE, "huyện", "district"));
        records.send(Events.unit(SIBLING, PROVINCE, "huyện", "district"));
        records.send(Events.unit(COMMUNE_1, DISTRICT, "xã", "commune"));
        records.send(Events.unit(COMMUNE_2, DISTRICT, "xã", "commune"));
        records.send(Events.launched(CAMPAIGN, DISTRICT));
        records.send(new ModelRegistered(MODEL, CAMPAIGN, COMMUNE_1, DISTRICT, RegistrantKind.COLLECTIVE,
                "Dân vận khéo xã C1", ModelField.ECONOMY, Events.BOARD, Instant.parse("2024-03-01T08:00:00Z")));
        records.send(new ModelRegistered(DISTRICT_MODEL, CAMPAIGN, DISTRICT, PROVINCE, RegistrantKind.COLLECTIVE,
                "Dân vận khéo của huyện", ModelField.ECONOMY, Events.BOARD, Instant.parse("2024-03-01T08:00:00Z")));
    }

    @Test
    void everyOperationHasARuleAndAnswersAsTheRuleSays() throws Exception {
        // the data has arrived: the district's board officer reads all of it
        TestRestTemplate board = Callers.as(anonymous, TestUser.of("ban-dan-van-huyen", DISTRICT, "BOARD_OFFICER"));
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            assertThat(board.getForEntity("/api/models/" + MODEL + "/history", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(board.getForEntity("/api/units/" + COMMUNE_2, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(board.getForEntity("/api/campaigns/" + CAMPAIGN, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        });
        // and the sibling district is known too (so an outside refusal is about the subtree, not an unknown unit)
        assertThat(Callers.as(anonymous, TestUser.of("nguoi-xem-d2", SIBLING, "VIEWER"))
                .getForEntity("/api/units/" + SIBLING, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        AccessMatrix matrix = AccessMatrix.of(anonymous.getRootUri(), TestIdentity.shared(), "access-matrix.txt")
                .units(DISTRICT, SIBLING)
                .value("campaignId", CAMPAIGN)
                .value("modelId", MODEL)
                .value("unitId", COMMUNE_1);

        assertThat(matrix.coverageProblems()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
        assertThat(matrix.unknownIdViolations()).as("an unknown id is answered as one outside the subtree").isEmpty();
        assertThat(matrix.calls()).isEqualTo(9 * 15); // 7 reporting operations (the to-do list too) and 2 dead-letter ones
    }

    /**
     * Every GET page route ({@code page-access-matrix.txt}) opened anonymously and by every role and role set from
     * the district that holds its own model, from one of its communes (upward) and from the sibling district.
     */
    @Test
    void everyPageRouteHasARuleAndAnswersEveryRoleAndRoleSetAsRuled() {
        TestRestTemplate board = Callers.as(anonymous, TestUser.of("ban-dan-van-huyen", DISTRICT, "BOARD_OFFICER"));
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> assertThat(board.getForEntity(
                "/api/models/" + DISTRICT_MODEL + "/history", String.class).getStatusCode()).isEqualTo(HttpStatus.OK));

        PageAccessMatrix matrix = PageAccessMatrix.of(anonymous.getRootUri(), "page-access-matrix.txt")
                .units(DISTRICT, COMMUNE_1, SIBLING)
                .value("campaign", CAMPAIGN)
                .value("model", DISTRICT_MODEL);

        assertThat(matrix.coverageProblems(PageRoutes.of(mappings))).as("every page route has exactly its rule").isEmpty();
        assertThat(matrix.violations()).as("%d page requests", matrix.calls()).isEmpty();
    }
}
