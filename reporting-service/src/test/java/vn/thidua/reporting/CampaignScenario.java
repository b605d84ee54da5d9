package vn.thidua.reporting;

import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.ReviewOpened;

import vn.thidua.testsupport.identity.TestUser;

import java.time.Instant;

/**
 * One campaign: two models in unit A, one in unit B, recognitions (one arriving before its registration), an
 * approved award in A and a rejected one in B.
 */
final class CampaignScenario {

    /** The province above units A and B, organiser of the scenario's campaigns (reporting's copy of the tree). */
    static final String ROOT = "P-reporting-it";
    static final String UNIT_A = "unit-a";
    static final String UNIT_B = "unit-b";
    /** A unit beside the root: its readers see nothing of the scenario. */
    static final String ELSEWHERE = "P-elsewhere-it";
    /** A reader of reports over the root's subtree. */
    static final TestUser VIEWER = TestUser.of("nguoi-xem-tinh", ROOT, "VIEWER");
    /** A reader of reports of another province. */
    static final TestUser OTHER_VIEWER = TestUser.of("nguoi-xem-tinh-khac", ELSEWHERE, "VIEWER");
    static final Actor OFFICER = new Actor("can-bo-01", UNIT_A);
    static final Actor BOARD = new Actor("ban-dan-van", "D198");
    static final Actor COUNCIL = new Actor("hoi-dong-tdkt", "45");

    private CampaignScenario() {
    }

    static String model(String campaignId, int n) {
        return campaignId + "-m" + n;
    }

    static ModelRegistered registered(String campaignId, int n, String unitId) {
        return new ModelRegistered(model(campaignId, n), campaignId, unitId, "D198", RegistrantKind.COLLECTIVE,
                "Dân vận khéo trong xây dựng nông thôn mới " + n, ModelField.NEW_RURAL_CONSTRUCTION, OFFICER,
                Instant.parse("2024-03-01T08:00:00Z").plusSeconds(n));
    }

    static ModelRecognized recognized(String campaignId, int n, String unitId) {
        return new ModelRecognized("rc-" + model(campaignId, n), model(campaignId, n), campaignId, unitId, "D198",
                BOARD, Instant.parse("2024-04-01T08:00:00Z"));
    }

    /** The tree: the root and another province, units A and B (communes) below the root. Safe to repeat. */
    static void tree(CloudEventRecords records) {
        records.send(Events.unit(ROOT, null, "tỉnh", "province"));
        records.send(Events.unit(ELSEWHERE, null, "tỉnh", "province"));
        records.send(Events.unit(UNIT_A, ROOT, "xã", "commune"));
        records.send(Events.unit(UNIT_B, ROOT, "xã", "commune"));
    }

    /** The campaign's launch by the root (coverage is reported once it has arrived). */
    static void launch(CloudEventRecords records, String campaignId) {
        records.send(Events.launched(campaignId, ROOT));
    }

    /** Produces the tree, the campaign's launch and its events; returns the coverage they make. */
    static String produce(CloudEventRecords records, String campaignId) {
        tree(records);
        launch(records, campaignId);
        String m1 = model(campaignId, 1);
        String m3 = model(campaignId, 3);
        Instant t = Instant.parse("2024-05-01T08:00:00Z");

        // m2's recognition comes before its registration (another topic, another partition)
        records.send(recognized(campaignId, 2, UNIT_A));
        records.send(registered(campaignId, 1, UNIT_A));
        records.send(registered(campaignId, 2, UNIT_A));
        records.send(registered(campaignId, 3, UNIT_B));
        records.send(new ReviewOpened("rc-" + m1, m1, campaignId, UNIT_A, BOARD, t));
        records.send(recognized(campaignId, 1, UNIT_A));
        records.send(new ReviewOpened("rc-" + m3, m3, campaignId, UNIT_B, BOARD, t));
        records.send(recognized(campaignId, 3, UNIT_B));
        records.send(new AwardProposed("p-" + m1, m1, campaignId, UNIT_A, AwardForm.CERTIFICATE_OF_MERIT,
                "Mô hình tiêu biểu", BOARD, t));
        records.send(new AwardDecided("p-" + m1, m1, campaignId, UNIT_A, AwardForm.CERTIFICATE_OF_MERIT,
                AwardOutcome.APPROVED, "123/QĐ-UBND", COUNCIL, t.plusSeconds(60)));
        records.send(new AwardProposed("p-" + m3, m3, campaignId, UNIT_B, AwardForm.CERTIFICATE_OF_MERIT,
                "Mô hình khá", BOARD, t));
        records.send(new AwardDecided("p-" + m3, m3, campaignId, UNIT_B, AwardForm.CERTIFICATE_OF_MERIT,
                AwardOutcome.REJECTED, null, COUNCIL, t.plusSeconds(60)));

        return """
                {"campaignId":"%s",
                 "units":[{"unitId":"unit-a","registered":2,"recognized":2,"proposedForAward":1,"awarded":1},
                          {"unitId":"unit-b","registered":1,"recognized":1,"proposedForAward":1,"awarded":0}],
                 "totals":{"registered":3,"recognized":3,"proposedForAward":2,"awarded":1}}
                """.formatted(campaignId);
    }
}
