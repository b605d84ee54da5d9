package vn.thidua.award;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForwarded;
import vn.thidua.contracts.AwardProposalWithdrawn;
import vn.thidua.contracts.ModelWithdrawn;
import java.util.UUID;
import java.time.LocalDate;
import vn.thidua.contracts.RecognitionRevoked;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.contracts.ProposalWithdrawalCause;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.testsupport.kafka.OrganisationTree.COMMUNE;
import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;
import static vn.thidua.testsupport.kafka.OrganisationTree.PROVINCE;

/**
 * A district council's round end to end: a model and a person proposed, the provincial form forwarded to the
 * province, one decision for the district's part, the money of the decision date, the total against the budget,
 * the deadline and its reopening, and a withdrawn model's pending proposal closed.
 */
@AwardTest
class AwardRoundsIT {

    private static final TestUser BOARD = TestUser.of("ban-dan-van-vinh-linh", DISTRICT, "BOARD_OFFICER");
    private static final TestUser DISTRICT_COUNCIL = TestUser.of("hoi-dong-vinh-linh", DISTRICT, "COUNCIL_MEMBER");
    private static final TestUser PROVINCE_COUNCIL = TestUser.of("hoi-dong-tinh", PROVINCE, "COUNCIL_MEMBER");

    private static CloudEventRecords records;
    private static CloudEventRecords.Subscriber awardTopic;

    @Autowired TestRestTemplate http;
    @Autowired TreeCopy tree;

    @BeforeAll
    static void connect(CloudEventRecords connected) {
        records = connected;
        awardTopic = records.subscribe(Topics.AWARD);
    }

    @AfterAll
    static void close() {
        awardTopic.close();
    }

    @BeforeEach
    void organisationTree() {
        api().organisationTree(records);
    }

    private AwardApi api() {
        return new AwardApi(http, tree);
    }

    private ResponseEntity<JsonNode> proposeModel(String roundId, String modelId, String form) {
        return api().post("/api/award-rounds/" + roundId + "/proposals", Map.of("modelId", modelId, "formCode", form,
                "summary", "Mô hình tiêu biểu", "reportReference", "BC-02"), BOARD);
    }

    private ResponseEntity<JsonNode> decide(String roundId, TestUser council, String... approved) {
        return api().post("/api/award-rounds/" + roundId + "/decisions", Map.of("decisionNumber", "125/QĐ-UBND",
                "decisionDate", "2025-07-15", "signer", "Chủ tịch UBND", "verdicts", List.of(approved).stream()
                        .map(id -> Map.of("proposalId", id, "outcome", "APPROVED")).toList()), council);
    }

    private <T> T awaitPublished(String key, String ceType, Class<T> type) throws Exception {
        return AwardApi.awaitPublished(awardTopic, key, ceType, type);
    }

    @Test
    void aDistrictRoundForwardsTheProvincialFormAndDecidesTheRestWithTheMoneyOfTheDecisionDate() throws Exception {
        String roundId = api().openRound(DISTRICT, DISTRICT_COUNCIL, "GIAY_KHEN", "BANG_KHEN_CHU_TICH_UBND_TINH");
        String modelId = api().recognizedModel(records, "dvk-2024", COMMUNE, BOARD);
        String forwarded = api().awaitProposal(proposeModel(roundId, modelId, "BANG_KHEN_CHU_TICH_UBND_TINH"), BOARD);
        String person = api().awaitProposal(
                api().proposePerson(roundId, "Nguyễn Thị Hoa", COMMUNE, "GIAY_KHEN", BOARD), BOARD);

        AwardForwarded forwarding = awaitPublished(forwarded, "vn.thidua.AwardForwarded.v1", AwardForwarded.class);
        assertThat(forwarding.fromCouncilUnitId()).isEqualTo(DISTRICT);
        assertThat(forwarding.toCouncilUnitId()).isEqualTo(PROVINCE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (TestUser council : List.of(DISTRICT_COUNCIL, PROVINCE_COUNCIL)) {
                JsonNode seen = api().get("/api/award-proposals/" + forwarded, council).getBody();
                assertThat(seen.get("forwarded").asBoolean()).as(council.userId()).isTrue();
                assertThat(seen.get("forwardedToUnitId").asText()).isEqualTo(PROVINCE);
            }
        });

        assertThat(decide(roundId, DISTRICT_COUNCIL, person, forwarded).getStatusCode())
                .as("the district does not decide what went to the province").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(decide(roundId, DISTRICT_COUNCIL, person).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(decide(roundId, PROVINCE_COUNCIL, forwarded).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // Decree 152/2025 on 2025-07-15, base salary 2,340,000: Giấy khen 0.3 × = 702,000 → 710,000;
        // Bằng khen of the provincial chairman for a collective 3.0 × = 7,020,000
        AwardDecided personDecided = awaitPublished(person, "vn.thidua.AwardDecided.v1", AwardDecided.class);
        assertThat(personDecided.amount()).isEqualTo(710_000L);
        assertThat(personDecided.baseSalary()).isEqualTo(2_340_000L);
        assertThat(personDecided.modelId()).isEqualTo("none");
        assertThat(personDecided.nomineeKind()).isEqualTo(NomineeKind.INDIVIDUAL);
        assertThat(personDecided.nomineeName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(personDecided.roundId()).isEqualTo(roundId);
        assertThat(personDecided.formCode()).isEqualTo("GIAY_KHEN");
        assertThat(personDecided.actor()).isEqualTo(new Actor(DISTRICT_COUNCIL.userId(), DISTRICT));
        AwardDecided modelDecided = awaitPublished(forwarded, "vn.thidua.AwardDecided.v1", AwardDecided.class);
        assertThat(modelDecided.amount()).isEqualTo(7_020_000L);
        assertThat(modelDecided.modelId()).isEqualTo(modelId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode summary = api().get("/api/award-rounds/" + roundId, DISTRICT_COUNCIL).getBody();
            assertThat(summary.get("approved").asInt()).isEqualTo(2);
            assertThat(summary.get("approvedTotal").asLong()).isEqualTo(7_730_000L);
            assertThat(summary.get("budget").asLong()).isEqualTo(5_000_000L);
            assertThat(summary.get("overBudget").asBoolean()).isTrue();
        });
    }

    @Test
    void noProposalAfterTheDeadlineUntilTheCouncilReopensTheRound() {
        var opened = api().post("/api/award-rounds", Map.of("name", "Sơ kết 2023", "kind", "INTERIM_REVIEW",
                "councilUnitId", DISTRICT, "proposalDeadline", "2020-01-01", "formCodes", List.of("GIAY_KHEN")),
                DISTRICT_COUNCIL);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String roundId = opened.getBody().get("roundId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api().get("/api/award-rounds/" + roundId, BOARD).getStatusCode() == HttpStatus.OK);

        var late = api().proposePerson(roundId, "Lê Văn Muộn", COMMUNE, "GIAY_KHEN", BOARD);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("code").asText()).isEqualTo("proposal-deadline-passed");

        assertThat(api().post("/api/award-rounds/" + roundId + "/close", Map.of(), DISTRICT_COUNCIL).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api().post("/api/award-rounds/" + roundId + "/reopen", Map.of("reason", "Bổ sung hồ sơ còn thiếu",
                "proposalDeadline", "2099-12-31"), DISTRICT_COUNCIL).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api().proposePerson(roundId, "Lê Văn Muộn", COMMUNE, "GIAY_KHEN", BOARD).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aWithdrawnModelsPendingProposalClosesWithTheReason() throws Exception {
        String roundId = api().openRound(DISTRICT, DISTRICT_COUNCIL, "GIAY_KHEN");
        String modelId = api().recognizedModel(records, "dvk-2024", COMMUNE, BOARD);
        String proposalId = api().awaitProposal(proposeModel(roundId, modelId, "GIAY_KHEN"), BOARD);

        records.send(new ModelWithdrawn(modelId, "dvk-2024", COMMUNE, "Đơn vị rút đăng ký",
                new Actor("can-bo-ho-xa", COMMUNE), Instant.now()));

        AwardProposalWithdrawn withdrawn = awaitPublished(proposalId, "vn.thidua.AwardProposalWithdrawn.v1",
                AwardProposalWithdrawn.class);
        assertThat(withdrawn.reason()).isEqualTo("Đơn vị rút đăng ký");
        assertThat(withdrawn.cause()).isEqualTo(ProposalWithdrawalCause.MODEL_WITHDRAWN);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode proposal = api().get("/api/award-proposals/" + proposalId, BOARD).getBody();
            assertThat(proposal.get("status").asText()).isEqualTo("WITHDRAWN");
            assertThat(proposal.get("withdrawalReason").asText()).isEqualTo("Đơn vị rút đăng ký");
        });
        var again = proposeModel(roundId, modelId, "GIAY_KHEN");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("not-eligible");
    }

    @Test
    void aRevokedRecognitionClosesThePendingProposalWithTheReasons() throws Exception {
        String roundId = api().openRound(DISTRICT, DISTRICT_COUNCIL, "GIAY_KHEN");
        String modelId = api().recognizedModel(records, "dvk-2024", COMMUNE, BOARD);
        String proposalId = api().awaitProposal(proposeModel(roundId, modelId, "GIAY_KHEN"), BOARD);

        RecognitionRevoked revoked = new RecognitionRevoked("case-" + modelId, modelId, "dvk-2024", COMMUNE, DISTRICT,
                LocalDate.of(2025, 3, 1), "12/QĐ-HU", List.of("Mô hình ngừng hoạt động"),
                new Actor("cong-nhan-vinh-linh", DISTRICT), Instant.now());
        records.send(revoked);
        records.send(revoked, UUID.randomUUID().toString()); // another delivery of the same revocation changes nothing

        AwardProposalWithdrawn withdrawn = awaitPublished(proposalId, "vn.thidua.AwardProposalWithdrawn.v1",
                AwardProposalWithdrawn.class);
        assertThat(withdrawn.reason()).isEqualTo("Mô hình ngừng hoạt động");
        assertThat(withdrawn.cause()).isEqualTo(ProposalWithdrawalCause.RECOGNITION_REVOKED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api().get("/api/award-proposals/" + proposalId, BOARD).getBody().get("status").asText())
                .isEqualTo("WITHDRAWN"));
        var again = proposeModel(roundId, modelId, "GIAY_KHEN");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("not-eligible");
    }
}
