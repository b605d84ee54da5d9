package vn.thidua.reporting;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Vĩnh Linh campaign (2023-2025, organiser D464; > 80% of agencies, 100% of communes, > 75% of villages) over
 * three communes, three villages and two agencies. Models: Hồ Xá (March 2024, recognised September 2024), Vĩnh
 * Giang (May 2024), its village Tân Lập (August 2024, after the 6-month review), the district's Farmers' Union
 * (April 2024). Whole campaign: communes 2/3, villages 1/3, agencies 1/2; as of 30/06/2024 villages 0/3.
 */
final class VinhLinhScenario {

    static final String CAMPAIGN = "vinh-linh-2023-2025";
    static final String DISTRICT = "D464";
    static final String HO_XA = "W19363";
    static final String VINH_GIANG = "W19390";
    static final String VINH_THAI = "W19366";
    static final String TAN_LAP = "W19390-TL";

    /** The viewer of the district's reports the local stack knows as {@code xem.vinhlinh}. */
    static TestUser viewer() {
        return TestUser.of("xem.vinhlinh", DISTRICT, "VIEWER");
    }

    static void produce(CloudEventRecords records) {
        records.send(unit("T45", null, "tỉnh", "province", "Tỉnh Quảng Trị"));
        records.send(unit(DISTRICT, "T45", "huyện", "district", "Huyện Vĩnh Linh"));
        records.send(unit(HO_XA, DISTRICT, "thị trấn", "commune", "Thị trấn Hồ Xá"));
        records.send(unit(VINH_GIANG, DISTRICT, "xã", "commune", "Xã Vĩnh Giang"));
        records.send(unit(VINH_THAI, DISTRICT, "xã", "commune", "Xã Vĩnh Thái"));
        records.send(unit("W19363-K1", HO_XA, "village", "village", "Khu phố 1"));
        records.send(unit(TAN_LAP, VINH_GIANG, "village", "village", "Thôn Tân Lập"));
        records.send(unit("W19390-TM", VINH_GIANG, "village", "village", "Thôn Tân Mỹ"));
        records.send(unit("D464-HND", DISTRICT, "agency", "district", "Hội Nông dân huyện"));
        records.send(unit("D464-HDTN", DISTRICT, "agency", "district", "Huyện đoàn Vĩnh Linh"));
        ModelRegistered hoXa = model("vl-m1", HO_XA, ModelField.ECONOMY, "2024-03-01T02:00:00Z");
        records.send(hoXa);
        records.send(new ModelRecognized("case-vl-m1", hoXa.modelId(), CAMPAIGN, HO_XA, DISTRICT,
                new Actor("hoi-dong", DISTRICT), Instant.parse("2024-09-01T02:00:00Z")));
        records.send(model("vl-m2", VINH_GIANG, ModelField.NEW_RURAL_CONSTRUCTION, "2024-05-10T02:00:00Z"));
        records.send(model("vl-m3", TAN_LAP, ModelField.CULTURE_SOCIETY, "2024-08-20T02:00:00Z"));
        records.send(model("vl-m4", "D464-HND", ModelField.ECONOMY, "2024-04-01T02:00:00Z"));
        records.send(Events.launched(CAMPAIGN, DISTRICT));
    }

    private static UnitOpened unit(String id, String parent, String kind, String level, String name) {
        return new UnitOpened(id, parent, kind, level, name, name, List.of(), Events.LONG_AGO, Events.BOARD,
                Instant.parse("2023-01-02T01:00:00Z"));
    }

    private static ModelRegistered model(String id, String unitId, ModelField field, String at) {
        return new ModelRegistered(id, CAMPAIGN, unitId, DISTRICT, RegistrantKind.COLLECTIVE, "Dân vận khéo " + id,
                field, false, ModelNovelty.NEW, null, "Nội dung", "Cách làm", "Kết quả dự kiến",
                LocalDate.of(2024, 1, 1), false, null, new Actor("can-bo-" + unitId, unitId), Instant.parse(at));
    }
}
