package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.testsupport.identity.PageSession;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.reporting.CampaignScenario.ROOT;
import static vn.thidua.reporting.CampaignScenario.UNIT_A;
import static vn.thidua.reporting.CampaignScenario.UNIT_B;

/**
 * A model's history (audit) from the events of the three topics, published as CloudEvents records on the
 * real broker: when, who, what, why and the correlation id of every event, once per event id, in time order; for
 * the model's readers only. A {@link ReportingTest}: one application context with the other integration tests.
 */
@ReportingTest
class ModelHistoryIT {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Actor OFFICER = new Actor("can-bo-xa-a", UNIT_A);
    private static final Actor MANAGER = new Actor("can-bo-tinh", ROOT);
    private static final Actor AUTHORITY = new Actor("tham-quyen-tinh", ROOT);
    private static final Actor BOARD = new Actor("ban-dan-van-tinh", ROOT);
    private static final Actor COUNCIL = new Actor("hoi-dong-tinh", ROOT);

    private static CloudEventRecords records;

    @Autowired TestRestTemplate anonymous;

    @BeforeAll
    static void topics(CloudEventRecords connected) {
        records = connected;
        CampaignScenario.tree(records);
    }

    /** The CloudEvents ids of a model's published events, in the order of {@link #publishWholeLife}. */
    private record Published(String modelId, String campaignId, List<String> ids) {
    }

    /**
     * An "other"-field model through its whole life, its events published in an order unlike their times (the
     * three topics are read independently anyway): the award first, the registration last.
     */
    private static Published publishWholeLife() {
        String campaignId = "campaign-history-" + UUID.randomUUID();
        String modelId = campaignId + "-m1";
        CampaignScenario.launch(records, campaignId);
        ModelRegistered registered = new ModelRegistered(modelId, campaignId, UNIT_A, ROOT, RegistrantKind.COLLECTIVE,
                "Chợ phiên không tiền mặt", ModelField.OTHER, true, null, null, "Nội dung", "Cách làm",
                "Kết quả", LocalDate.of(2024, 1, 1), false, null, OFFICER, T0);
        List<String> ids = new ArrayList<>();
        String[] sent = new String[8];
        sent[7] = records.send(new AwardDecided("p-" + modelId, modelId, campaignId, UNIT_A,
                AwardForm.CERTIFICATE_OF_MERIT, AwardOutcome.APPROVED, "123/QĐ-UBND", COUNCIL, T0.plusSeconds(7000)));
        sent[6] = records.send(new AwardProposed("p-" + modelId, modelId, campaignId, UNIT_A,
                AwardForm.CERTIFICATE_OF_MERIT, "Mô hình tiêu biểu của tỉnh", BOARD, T0.plusSeconds(6000)));
        sent[5] = records.send(new ModelRecognized("rc-" + modelId, modelId, campaignId, UNIT_A, ROOT, AUTHORITY,
                T0.plusSeconds(5000)));
        sent[4] = records.send(new ReviewOpened("rc-" + modelId, modelId, campaignId, UNIT_A, AUTHORITY,
                T0.plusSeconds(4000)));
        sent[0] = records.send(registered);
        sent[1] = records.send(new DossierDocumentAttached(modelId, "doc-1", DocumentKind.REGISTRATION_FORM,
                "phieu-dang-ky.pdf", "application/pdf", 1234, "ab".repeat(32), OFFICER, T0.plusSeconds(1000)));
        sent[2] = records.send(new ModelAmended(modelId, campaignId, "Chợ phiên không dùng tiền mặt", ModelField.OTHER,
                "Nội dung (sửa)", "Cách làm", "Kết quả", LocalDate.of(2024, 1, 1), true, OFFICER,
                T0.plusSeconds(2000)));
        sent[3] = records.send(new ModelContentConfirmed(modelId, campaignId, ROOT, MANAGER, T0.plusSeconds(3000)));
        ids.addAll(List.of(sent));
        return new Published(modelId, campaignId, ids);
    }

    private TestRestTemplate as(TestUser user) {
        return Callers.as(anonymous, user);
    }

    private JsonNode awaitHistory(String modelId, int entries) {
        TestRestTemplate viewer = as(CampaignScenario.VIEWER);
        JsonNode[] answer = new JsonNode[1];
        await().atMost(ReportingServiceIT.PATIENCE).untilAsserted(() -> {
            ResponseEntity<JsonNode> response = viewer.getForEntity("/api/models/{id}/history", JsonNode.class,
                    modelId);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().get("entries")).hasSize(entries);
            answer[0] = response.getBody();
        });
        return answer[0];
    }

    @Test
    void everyEventOfTheModelIsOneEntryInTimeOrderWithWhoWhatWhyAndTheCorrelationId() {
        Published model = publishWholeLife();

        JsonNode history = awaitHistory(model.modelId(), 8);
        assertThat(history.get("modelId").asText()).isEqualTo(model.modelId());
        assertThat(history.get("unitId").asText()).isEqualTo(UNIT_A);
        List<String> actions = new ArrayList<>();
        history.get("entries").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("REGISTERED", "DOCUMENT_ATTACHED", "AMENDED", "CONTENT_CONFIRMED",
                "REVIEW_OPENED", "RECOGNIZED", "AWARD_PROPOSED", "AWARD_APPROVED");
        for (int i = 0; i < 8; i++) {
            JsonNode entry = history.get("entries").get(i);
            assertThat(entry.get("eventId").asText()).isEqualTo(model.ids().get(i));
            assertThat(entry.get("correlationId").asText()).isEqualTo("corr-" + model.ids().get(i));
            assertThat(entry.get("at").asText()).isEqualTo(T0.plusSeconds(i * 1000L).toString());
        }
        JsonNode registered = history.get("entries").get(0);
        assertThat(registered.get("actor").get("userId").asText()).isEqualTo("can-bo-xa-a");
        assertThat(registered.get("actor").get("unitId").asText()).isEqualTo(UNIT_A);
        assertThat(registered.get("actionVi").asText()).isEqualTo("Đăng ký mô hình");
        assertThat(registered.get("actionEn").asText()).isEqualTo("Model registered");
        assertThat(history.get("entries").get(1).get("detail").asText()).isEqualTo("phieu-dang-ky.pdf");
        JsonNode proposed = history.get("entries").get(6);
        assertThat(proposed.get("reason").asText()).isEqualTo("Mô hình tiêu biểu của tỉnh");
        assertThat(proposed.get("actor").get("userId").asText()).isEqualTo("ban-dan-van-tinh");
        assertThat(history.get("entries").get(7).get("detail").asText()).isEqualTo("123/QĐ-UBND");
    }

    @Test
    void aWithdrawalKeepsItsReasonAndARedeliveredEventAppearsOnce() {
        String campaignId = "campaign-history-" + UUID.randomUUID();
        String modelId = campaignId + "-m2";
        CampaignScenario.launch(records, campaignId);
        ModelRegistered registered = new ModelRegistered(modelId, campaignId, UNIT_A, ROOT, RegistrantKind.COLLECTIVE,
                "Tổ tự quản", ModelField.ECONOMY, OFFICER, T0);
        String registeredId = records.send(registered);
        awaitHistory(modelId, 1);

        // the same record again (a redelivery keeps its id), then the withdrawal behind it on the same partition
        records.send(registered, registeredId);
        records.send(new ModelWithdrawn(modelId, campaignId, UNIT_A, "Đơn vị sáp nhập, không tiếp tục thực hiện",
                OFFICER, T0.plusSeconds(3600)));

        JsonNode history = awaitHistory(modelId, 2);
        assertThat(history.get("entries").get(0).get("eventId").asText()).isEqualTo(registeredId);
        JsonNode withdrawn = history.get("entries").get(1);
        assertThat(withdrawn.get("action").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("actionVi").asText()).isEqualTo("Rút đăng ký");
        assertThat(withdrawn.get("reason").asText()).isEqualTo("Đơn vị sáp nhập, không tiếp tục thực hiện");
    }

    @Test
    void aRemovedDossierDocumentIsInTheHistoryWithWhoRemovedIt() {
        String campaignId = "campaign-history-" + UUID.randomUUID();
        String modelId = campaignId + "-m3";
        CampaignScenario.launch(records, campaignId);
        records.send(new ModelRegistered(modelId, campaignId, UNIT_A, ROOT, RegistrantKind.COLLECTIVE,
                "Dòng họ tự quản", ModelField.CULTURE_SOCIETY, OFFICER, T0));
        records.send(new DossierDocumentAttached(modelId, "doc-9", DocumentKind.PHOTO, "anh-nham.png", "image/png",
                10, "cd".repeat(32), OFFICER, T0.plusSeconds(60)));
        records.send(new DossierDocumentRemoved(modelId, "doc-9", DocumentKind.PHOTO, "anh-nham.png", 10,
                "cd".repeat(32), OFFICER, T0.plusSeconds(120)));

        JsonNode removed = awaitHistory(modelId, 3).get("entries").get(2);
        assertThat(removed.get("action").asText()).isEqualTo("DOCUMENT_REMOVED");
        assertThat(removed.get("actionVi").asText()).isEqualTo("Rút tài liệu khỏi hồ sơ");
        assertThat(removed.get("actionEn").asText()).isEqualTo("Dossier document removed");
        assertThat(removed.get("detail").asText()).isEqualTo("anh-nham.png");
        assertThat(removed.get("actor").get("userId").asText()).isEqualTo("can-bo-xa-a");
    }

    @Test
    void onlyTheModelsReadersSeeItsHistory() {
        Published model = publishWholeLife();
        awaitHistory(model.modelId(), 8);

        assertThat(as(TestUser.of("can-bo-xa-a", UNIT_A, "UNIT_OFFICER"))
                .getForEntity("/api/models/{id}/history", String.class, model.modelId()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (TestUser outside : List.of(CampaignScenario.OTHER_VIEWER,
                TestUser.of("can-bo-xa-b", UNIT_B, "UNIT_OFFICER"),
                TestUser.of("quan-tri", ROOT, "ADMINISTRATOR"))) {
            ResponseEntity<String> refused = as(outside).getForEntity("/api/models/{id}/history", String.class,
                    model.modelId());
            assertThat(refused.getStatusCode()).as(outside.userId()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).doesNotContain("REGISTERED").doesNotContain("can-bo-xa-a");
        }
        assertThat(as(CampaignScenario.VIEWER).getForEntity("/api/models/{id}/history", String.class,
                "no-such-model").getStatusCode()).as("unknown: as outside the subtree").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForEntity("/api/models/{id}/history", String.class, model.modelId()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theHistoryPageInVietnameseAndEnglishWithoutInlineScript() {
        Published model = publishWholeLife();
        awaitHistory(model.modelId(), 8);

        PageSession browser = PageSession.signedIn(anonymous.getRootUri(),
                CampaignScenario.VIEWER);
        HttpResponse<String> page = browser.follow("/models/" + model.modelId() + "/history");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<html lang=\"vi\"", "Lịch sử mô hình " + model.modelId(),
                "Chợ phiên không dùng tiền mặt", "01/03/2024 15:00:00", "can-bo-xa-a", "Đăng ký mô hình",
                "Đề nghị khen thưởng", "Mô hình tiêu biểu của tỉnh",
                "corr-" + model.ids().get(0), "Quyết định khen thưởng");
        assertThat(html.indexOf("Đăng ký mô hình")).isLessThan(html.indexOf("Quyết định khen thưởng"));
        assertThat(html).doesNotContain("<script").doesNotContain("onclick=");
        // the proposal's form by its name, not its code
        assertThat(html).contains("<td>Bằng khen</td>").doesNotContain("CERTIFICATE_OF_MERIT");

        String english = browser.follow("/models/" + model.modelId() + "/history?lang=en").body();
        assertThat(english).contains("<html lang=\"en\"", "History of model", "Model registered",
                "Award approved", "1 Mar 2024 15:00:00");

        PageSession other = PageSession.signedIn(anonymous.getRootUri(),
                CampaignScenario.OTHER_VIEWER);
        HttpResponse<String> refused = other.follow("/models/" + model.modelId() + "/history");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("can-bo-xa-a").doesNotContain("Chợ phiên");
    }
}
