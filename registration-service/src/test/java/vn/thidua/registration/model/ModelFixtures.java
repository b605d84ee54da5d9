package vn.thidua.registration.model;

import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.VietnameseText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Campaigns and units for the model tests, written straight into the views registration reads them from.
 * TEMPORARY — until the campaign and unit APIs are merged: then these become calls to those APIs (launch a
 * campaign, open units) so the tests go through the real paths.
 */
public final class ModelFixtures {

    private final MongoTemplate mongo;

    public ModelFixtures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An open campaign whose registration is due in a year: registrations are on time. */
    public String openCampaign(String campaignId) {
        return campaign(campaignId, CampaignView.OPEN, LocalDate.now().plusYears(1));
    }

    /** An open campaign whose last window was due long ago: registrations are accepted and flagged late. */
    public String pastDueCampaign(String campaignId) {
        return campaign(campaignId, CampaignView.OPEN, LocalDate.of(2023, 8, 31));
    }

    public String closedCampaign(String campaignId) {
        return campaign(campaignId, CampaignView.CLOSED, LocalDate.of(2023, 8, 31));
    }

    public String campaign(String campaignId, String status, LocalDate lastDue) {
        mongo.save(new CampaignView(campaignId, "D198", "Phong trào thi đua “Dân vận khéo” " + campaignId,
                "Phục vụ kiểm thử", 2023, 2025,
                List.of(new RegistrationWindow("Đợt 1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                        new RegistrationWindow("Mô hình phát sinh", LocalDate.of(2023, 9, 1), lastDue)),
                List.of(), List.of(), 1, status, Instant.parse("2023-01-01T00:00:00Z"),
                CampaignView.CLOSED.equals(status) ? Instant.parse("2024-01-01T00:00:00Z") : null));
        return campaignId;
    }

    /**
     * The Vĩnh Linh line of the tree: province T45 → district D198 → commune W19390, plus a closed commune
     * W-CLOSED; idempotent.
     */
    public void vinhLinhUnits() {
        unit("T45", null, List.of(), "PROVINCE", "Tỉnh Quảng Trị", null);
        unit("D198", "T45", List.of("T45"), "DISTRICT", "Huyện Vĩnh Linh", null);
        unit("W19390", "D198", List.of("T45", "D198"), "COMMUNE", "Xã Vĩnh Thủy", null);
        unit("W19391", "D198", List.of("T45", "D198"), "COMMUNE", "Xã Vĩnh Lâm", null);
        unit("W-CLOSED", "D198", List.of("T45", "D198"), "COMMUNE", "Xã đã sáp nhập", LocalDate.of(2024, 1, 1));
    }

    public void unit(String unitId, String parentId, List<String> ancestors, String kind, String name, LocalDate closedOn) {
        mongo.save(new UnitView(unitId, parentId, new ArrayList<>(ancestors), kind, kind, name, name,
                VietnameseText.fold(name), List.of(), LocalDate.of(2000, 1, 1), closedOn, null));
    }
}
