package vn.thidua.reporting;

import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.LocalDate;
import java.util.List;

import static vn.thidua.reporting.Events.model;
import static vn.thidua.reporting.Events.unit;

/**
 * A campaign of district D (2023-2025; > 80% of agencies, 100% of communes, > 75% of villages) over a small tree:
 * province P; district D with communes C1 (xã), C2 (thị trấn) and C-old (closed in 2022, merged into C1), villages
 * V1, V2 (in C1), V3, V4 (in C2), agencies A1..A3; district D2 beside it with commune C9 and village V9.
 * Models: C1 economy; C2 "other" awaiting its content confirmation; V1 late; V2 withdrawn; V3 an individual's replica
 * of C1's model; A1 amended from economy to defence and security; A3 comprehensive; C-old and V9 outside the counts.
 * Every id ends with the scenario's suffix, so runs and classes do not meet.
 */
final class TargetScenario {

    final String s;
    final String campaignId;
    final ModelRegistered m1;
    final ModelRegistered m2Other;
    final ModelRegistered m4Withdrawn;
    /** The CloudEvents ids of m1's registration, of C1's opening and of m4's withdrawal, for redelivery. */
    String m1Id;
    String c1OpenedId;
    String m4WithdrawnId;

    TargetScenario(String suffix) {
        this.s = suffix;
        this.campaignId = "campaign-targets-" + suffix;
        this.m1 = model(id("m1"), campaignId, id("C1"), ModelField.ECONOMY);
        this.m2Other = model(id("m2"), campaignId, id("C2"), ModelField.OTHER);
        this.m4Withdrawn = model(id("m4"), campaignId, id("V2"), ModelField.ECONOMY);
    }

    /** A viewer of reports over the scenario's province P (so D, D2 and everything below them). */
    TestUser viewer() {
        return TestUser.of("nguoi-xem-" + s, id("P"), "VIEWER");
    }

    /** A viewer of reports of district D2 only (beside D, the campaign's organiser). */
    TestUser siblingViewer() {
        return TestUser.of("nguoi-xem-d2-" + s, id("D2"), "VIEWER");
    }

    String id(String name) {
        return name + "-" + s;
    }

    /** Publishes models first, then the tree, then the launch: each arrives on a partition of its own key. */
    void produce(CloudEventRecords records) {
        m1Id = records.send(m1);
        records.send(m2Other);
        records.send(model(id("m3"), campaignId, id("V1"), ModelField.CULTURE_SOCIETY, RegistrantKind.COLLECTIVE,
                true, null));
        records.send(m4Withdrawn);
        m4WithdrawnId = records.send(Events.withdrawn(m4Withdrawn));
        records.send(model(id("m5"), campaignId, id("V3"), ModelField.NEW_RURAL_CONSTRUCTION,
                RegistrantKind.INDIVIDUAL, false, m1.modelId()));
        ModelRegistered m6 = model(id("m6"), campaignId, id("A1"), ModelField.ECONOMY);
        records.send(m6);
        records.send(Events.fieldAmended(m6, ModelField.DEFENCE_SECURITY));
        records.send(model(id("m7"), campaignId, id("C-old"), ModelField.ECONOMY));
        records.send(model(id("m8"), campaignId, id("V9"), ModelField.ECONOMY));
        records.send(model(id("m9"), campaignId, id("A3"), ModelField.COMPREHENSIVE));

        records.send(unit(id("P"), null, "tỉnh", "province"));
        records.send(unit(id("D"), id("P"), "huyện", "district"));
        records.send(unit(id("D2"), id("P"), "huyện", "district"));
        c1OpenedId = records.send(unit(id("C1"), id("D"), "xã", "commune"));
        records.send(unit(id("C2"), id("D"), "thị trấn", "commune"));
        records.send(unit(id("C-old"), id("D"), "xã", "commune"));
        records.send(Events.unitClosed(id("C-old"), LocalDate.of(2022, 7, 1), id("C1")));
        records.send(unit(id("C9"), id("D2"), "xã", "commune"));
        for (String v : List.of("V1", "V2")) records.send(unit(id(v), id("C1"), "village", "village"));
        for (String v : List.of("V3", "V4")) records.send(unit(id(v), id("C2"), "village", "village"));
        records.send(unit(id("V9"), id("C9"), "village", "village"));
        for (String a : List.of("A1", "A2", "A3")) records.send(unit(id(a), id("D"), "agency", "district"));

        records.send(Events.launched(campaignId, id("D")));
    }

    /** What GET /api/campaigns/{id}/target-coverage answers once all of {@link #produce} has arrived. */
    String expected() {
        return expected(false);
    }

    /** @param c2Confirmed after C2's "other" model was confirmed by its managing unit */
    String expected(boolean c2Confirmed) {
        return """
                {"campaignId":"%1$s",
                 "name":"Phong trào thi đua \\"Dân vận khéo\\" giai đoạn 2023-2025",
                 "organiserUnitId":"D-%2$s","status":"OPEN",
                 "period":{"from":"2023-01-01","to":"2025-12-31"},
                 "targets":[
                  {"unitKind":"agency","target":{"comparison":"MORE_THAN","percent":80},
                   "units":3,"unitsWithModels":2,"percent":66.66,"met":false,
                   "unitsWithoutModels":[{"unitId":"A2-%2$s","name":"Đơn vị A2-%2$s"}]},
                  {"unitKind":"commune","target":{"comparison":"AT_LEAST","percent":100},
                   %3$s},
                  {"unitKind":"village","target":{"comparison":"MORE_THAN","percent":75},
                   "units":4,"unitsWithModels":2,"percent":50.00,"met":false,
                   "unitsWithoutModels":[{"unitId":"V2-%2$s","name":"Đơn vị V2-%2$s"},
                                         {"unitId":"V4-%2$s","name":"Đơn vị V4-%2$s"}]}],
                 "models":{"registered":9,"withdrawn":1,"awaitingConfirmation":%4$d,"counting":%5$d,
                           "late":1,"replicas":1,
                           "byField":{"COMPREHENSIVE":1,"ECONOMY":3,"CULTURE_SOCIETY":1,"DEFENCE_SECURITY":1,
                                      "POLITICAL_SYSTEM":0,"NEW_RURAL_CONSTRUCTION":1,"OTHER":%6$d},
                           "byRegistrantKind":{"COLLECTIVE":%7$d,"INDIVIDUAL":1},
                           "byNovelty":{"NEW":%7$d,"CONTINUING":1},
                           "replicasOf":{"m1-%2$s":1}}}
                """.formatted(campaignId, s,
                c2Confirmed
                        ? "\"units\":2,\"unitsWithModels\":2,\"percent\":100.00,\"met\":true,\"unitsWithoutModels\":[]"
                        : "\"units\":2,\"unitsWithModels\":1,\"percent\":50.00,\"met\":false,"
                                + "\"unitsWithoutModels\":[{\"unitId\":\"C2-" + s + "\",\"name\":\"Đơn vị C2-" + s
                                + "\"}]",
                c2Confirmed ? 0 : 1, c2Confirmed ? 8 : 7, c2Confirmed ? 1 : 0, c2Confirmed ? 7 : 6);
    }
}
