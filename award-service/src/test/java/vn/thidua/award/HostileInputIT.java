package vn.thidua.award;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE_OF_OTHER_DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.OTHER_DISTRICT;

/**
 * Every new endpoint of the award stage fed malformed JSON, wrong types, unknown enum values, missing fields and
 * units outside the caller's jurisdiction: each answer is a 4xx problem+json, and the rounds, proposals and the
 * catalogue are as they were.
 */
@AwardTest
class HostileInputIT {

    private static final TestUser BOARD = TestUser.of("ban-dan-van-vinh-linh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser COUNCIL = TestUser.of("hoi-dong-vinh-linh", DISTRICT, "COUNCIL_MEMBER");
    private static final TestUser OTHER_COUNCIL = TestUser.of("hoi-dong-gio-linh", OTHER_DISTRICT, "COUNCIL_MEMBER");
    private static final TestUser ADMIN = TestUser.of("quan-tri", DISTRICT, "ADMINISTRATOR");

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    private AwardApi api;
    private String roundId;
    private String proposalId;

    @BeforeEach
    void sample(CloudEventRecords records) {
        api = new AwardApi(http, tree);
        api.organisationTree(records);
        roundId = api.openRound(DISTRICT, COUNCIL, "GIAY_KHEN");
        proposalId = api.awaitProposal(api.proposePerson(roundId, "Phạm Văn Mẫu", COMMUNE, "GIAY_KHEN", BOARD), BOARD);
    }

    private record Call(HttpMethod method, String path, String body, TestUser user) {
    }

    private List<Call> hostileCalls() {
        String rounds = "/api/award-rounds";
        String proposals = rounds + "/" + roundId + "/proposals";
        String decisions = rounds + "/" + roundId + "/decisions";
        String reopen = rounds + "/" + roundId + "/reopen";
        String withdrawal = "/api/award-proposals/" + proposalId + "/withdrawal";
        String form = "/api/award-catalogue/forms/GIAY_KHEN";
        String salary = "/api/award-catalogue/base-salaries/2024-07-01";
        String validRound = "{\"name\":\"Đợt\",\"kind\":\"ANNUAL\",\"councilUnitId\":\"%s\",\"proposalDeadline\":"
                + "\"2099-12-31\",\"formCodes\":[\"GIAY_KHEN\"]}";
        List<Call> calls = new ArrayList<>();
        for (String path : List.of(rounds, proposals, decisions, reopen, withdrawal)) {
            TestUser user = path.equals(proposals) || path.equals(withdrawal) ? BOARD : COUNCIL;
            calls.add(new Call(HttpMethod.POST, path, "{\"name\": ", user));
            calls.add(new Call(HttpMethod.POST, path, "[1, 2]", user));
            calls.add(new Call(HttpMethod.POST, path, "{}", user));
        }
        for (String path : List.of(form, salary)) {
            calls.add(new Call(HttpMethod.PUT, path, "{\"name\": ", ADMIN));
            calls.add(new Call(HttpMethod.PUT, path, "{}", ADMIN));
        }
        // wrong types and unknown enum values
        calls.add(new Call(HttpMethod.POST, rounds, "{\"name\":\"Đợt\",\"kind\":\"YEARLY\",\"councilUnitId\":\"D464\","
                + "\"proposalDeadline\":\"2099-12-31\",\"formCodes\":[\"GIAY_KHEN\"]}", COUNCIL));
        calls.add(new Call(HttpMethod.POST, rounds, "{\"name\":\"Đợt\",\"kind\":\"ANNUAL\",\"councilUnitId\":\"D464\","
                + "\"proposalDeadline\":\"mai\",\"formCodes\":\"GIAY_KHEN\",\"budget\":\"nhiều\"}", COUNCIL));
        calls.add(new Call(HttpMethod.POST, rounds, "{\"name\":\"Đợt\",\"kind\":\"ANNUAL\",\"councilUnitId\":\"D464\","
                + "\"proposalDeadline\":\"2099-12-31\",\"formCodes\":[\"HUAN_CHUONG_VANG\"]}", COUNCIL));
        calls.add(new Call(HttpMethod.POST, rounds, validRound.formatted(DISTRICT).replace("\"ANNUAL\"", "\"ANNUAL\","
                + "\"budget\":-5"), COUNCIL));
        calls.add(new Call(HttpMethod.POST, proposals, "{\"recipientKind\":\"ALIEN\",\"name\":\"A\",\"unitId\":\""
                + COMMUNE + "\",\"formCode\":\"GIAY_KHEN\",\"summary\":\"x\",\"reportReference\":\"r\"}", BOARD));
        calls.add(new Call(HttpMethod.POST, proposals, "{\"recipientKind\":\"INDIVIDUAL\",\"unitId\":\"" + COMMUNE
                + "\",\"formCode\":\"GIAY_KHEN\",\"summary\":\"x\",\"reportReference\":\"r\"}", BOARD));
        calls.add(new Call(HttpMethod.POST, proposals, "{\"recipientKind\":\"INDIVIDUAL\",\"name\":\"A\",\"unitId\":\""
                + COMMUNE + "\",\"formCode\":\"KHONG_CO\",\"summary\":\"x\",\"reportReference\":\"r\"}", BOARD));
        calls.add(new Call(HttpMethod.POST, proposals, "{\"recipientKind\":\"INDIVIDUAL\",\"name\":[1],\"unitId\":\""
                + COMMUNE + "\",\"formCode\":\"GIAY_KHEN\",\"summary\":\"x\",\"reportReference\":\"r\"}", BOARD));
        calls.add(new Call(HttpMethod.POST, decisions, "{\"decisionNumber\":\"1\",\"decisionDate\":\"2025-07-15\","
                + "\"signer\":\"A\",\"verdicts\":[{\"proposalId\":\"" + proposalId + "\",\"outcome\":\"MAYBE\"}]}",
                COUNCIL));
        calls.add(new Call(HttpMethod.POST, decisions, "{\"decisionDate\":\"2025-07-15\",\"signer\":\"A\","
                + "\"verdicts\":[{\"proposalId\":\"" + proposalId + "\",\"outcome\":\"APPROVED\"}]}", COUNCIL));
        calls.add(new Call(HttpMethod.POST, decisions, "{\"decisionNumber\":\"1\",\"decisionDate\":\"2025-07-15\","
                + "\"signer\":\"A\",\"verdicts\":[{\"proposalId\":\"" + proposalId + "\",\"outcome\":\"APPROVED\"},"
                + "{\"proposalId\":\"" + proposalId + "\",\"outcome\":\"REJECTED\"}]}", COUNCIL));
        calls.add(new Call(HttpMethod.POST, reopen, "{\"reason\":\"x\",\"proposalDeadline\":\"2099-12-31\"}", COUNCIL));
        calls.add(new Call(HttpMethod.PUT, form, "{\"name\":\"Giấy khen\",\"kind\":\"GOLD\",\"authority\":\"A\","
                + "\"level\":\"DISTRICT\",\"recipients\":[\"INDIVIDUAL\"],\"coefficients\":[]}", ADMIN));
        calls.add(new Call(HttpMethod.PUT, form, "{\"name\":\"Giấy khen\",\"kind\":\"CERTIFICATE_OF_COMMENDATION\","
                + "\"authority\":\"A\",\"level\":\"GALAXY\",\"recipients\":[\"INDIVIDUAL\"],\"coefficients\":"
                + "[{\"effectiveFrom\":\"2025-07-01\",\"byRecipient\":{\"COLLECTIVE\":-1},\"source\":\"x\"}]}", ADMIN));
        calls.add(new Call(HttpMethod.PUT, salary, "{\"amount\":\"hai triệu\",\"source\":\"x\"}", ADMIN));
        calls.add(new Call(HttpMethod.PUT, salary, "{\"amount\":-1,\"source\":\"x\"}", ADMIN));
        calls.add(new Call(HttpMethod.PUT, "/api/award-catalogue/base-salaries/hom-qua",
                "{\"amount\":1,\"source\":\"x\"}", ADMIN));
        calls.add(new Call(HttpMethod.GET, proposals + "?status=LOST", null, BOARD));
        // outside the caller's jurisdiction
        calls.add(new Call(HttpMethod.POST, rounds, validRound.formatted(DISTRICT), OTHER_COUNCIL));
        calls.add(new Call(HttpMethod.POST, proposals, "{\"recipientKind\":\"INDIVIDUAL\",\"name\":\"Ngoài\","
                + "\"unitId\":\"" + COMMUNE_OF_OTHER_DISTRICT + "\",\"formCode\":\"GIAY_KHEN\",\"summary\":\"x\","
                + "\"reportReference\":\"r\"}", BOARD));
        calls.add(new Call(HttpMethod.POST, decisions, "{\"decisionNumber\":\"1\",\"decisionDate\":\"2025-07-15\","
                + "\"signer\":\"A\",\"verdicts\":[{\"proposalId\":\"" + proposalId + "\",\"outcome\":\"APPROVED\"}]}",
                OTHER_COUNCIL));
        calls.add(new Call(HttpMethod.POST, rounds + "/" + roundId + "/close", null, OTHER_COUNCIL));
        calls.add(new Call(HttpMethod.POST, withdrawal, "{\"reason\":\"x\"}",
                TestUser.of("ban-dan-van-gio-linh", OTHER_DISTRICT, "BOARD_OFFICER")));
        calls.add(new Call(HttpMethod.PUT, salary, "{\"amount\":1,\"source\":\"x\"}", COUNCIL));
        return calls;
    }

    @Test
    void everyHostileCallIsRefusedWithProblemJsonAndChangesNothing() {
        String roundsBefore = api.get("/api/award-rounds", COUNCIL).getBody().toString();
        String roundBefore = api.get("/api/award-rounds/" + roundId, COUNCIL).getBody().toString();
        String proposalsBefore = api.get("/api/award-rounds/" + roundId + "/proposals", COUNCIL).getBody().toString();
        String catalogueBefore = api.get("/api/award-catalogue", COUNCIL).getBody().toString();

        for (Call call : hostileCalls()) {
            ResponseEntity<JsonNode> response = api.send(call.method(), call.path(), call.body(), call.user());
            String what = call.method() + " " + call.path() + " " + call.body() + " as " + call.user().userId();
            assertThat(response.getStatusCode().is4xxClientError()).as(what + " → " + response.getStatusCode()).isTrue();
            assertThat(response.getHeaders().getContentType()).as(what).isNotNull();
            assertThat(response.getHeaders().getContentType().toString()).as(what)
                    .startsWith("application/problem+json");
        }

        assertThat(api.get("/api/award-rounds", COUNCIL).getBody().toString()).isEqualTo(roundsBefore);
        assertThat(api.get("/api/award-rounds/" + roundId, COUNCIL).getBody().toString()).isEqualTo(roundBefore);
        assertThat(api.get("/api/award-rounds/" + roundId + "/proposals", COUNCIL).getBody().toString())
                .isEqualTo(proposalsBefore);
        assertThat(api.get("/api/award-catalogue", COUNCIL).getBody().toString()).isEqualTo(catalogueBefore);
    }
}
