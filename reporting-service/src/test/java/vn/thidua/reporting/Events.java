package vn.thidua.reporting;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CampaignAmended;
import vn.thidua.contracts.CampaignClosed;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Published events (contracts) as the registration service and the organisation tree publish them, for tests. */
public final class Events {

    public static final Actor BOARD = new Actor("ban-dan-van", "D198");
    public static final Instant LAUNCHED_AT = Instant.parse("2023-03-14T08:30:00Z");
    public static final LocalDate LONG_AGO = LocalDate.of(2008, 1, 1);

    private Events() {
    }

    /** A 2023-2025 campaign with the targets of seed 004: > 80% of agencies, 100% of communes, > 75% of villages. */
    public static CampaignLaunched launched(String campaignId, String organiserUnitId) {
        return new CampaignLaunched(campaignId, organiserUnitId,
                "Phong trào thi đua \"Dân vận khéo\" giai đoạn 2023-2025", "Kế hoạch số 04-KH/BDVHU", 2023, 2025,
                List.of(new RegistrationWindow("Đợt 1", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31)),
                        new RegistrationWindow("Đợt 2 (mô hình phát sinh)", LocalDate.of(2023, 9, 1),
                                LocalDate.of(2024, 2, 29))),
                List.of(new Milestone(MilestoneKind.PRELIMINARY_REVIEW, "Sơ kết", LocalDate.of(2023, 12, 15)),
                        new Milestone(MilestoneKind.FINAL_REVIEW, "Tổng kết", LocalDate.of(2025, 10, 31))),
                List.of(target("agency", TargetComparison.MORE_THAN, 80),
                        target("commune", TargetComparison.AT_LEAST, 100),
                        target("village", TargetComparison.MORE_THAN, 75)),
                1, BOARD, LAUNCHED_AT);
    }

    public static CampaignAmended amended(CampaignLaunched launched, List<CoverageTarget> targets, Instant at) {
        return new CampaignAmended(launched.campaignId(), launched.name() + " (điều chỉnh)", launched.description(),
                launched.registrationWindows(), launched.milestones(), targets, launched.modelsPerUnitPerYear(), BOARD,
                at);
    }

    public static CampaignClosed closed(String campaignId, Instant at) {
        return new CampaignClosed(campaignId, "Tổng kết phong trào", BOARD, at);
    }

    public static CoverageTarget target(String unitKind, TargetComparison comparison, int percent) {
        return new CoverageTarget(unitKind, comparison, percent);
    }

    public static UnitOpened unit(String unitId, String parentId, String kind, String level) {
        return unit(unitId, parentId, kind, level, LONG_AGO);
    }

    public static UnitOpened unit(String unitId, String parentId, String kind, String level, LocalDate openedOn) {
        return new UnitOpened(unitId, parentId, kind, level, unitId, "Đơn vị " + unitId, List.of(), openedOn, BOARD,
                Instant.parse("2023-01-02T01:00:00Z"));
    }

    public static UnitClosed unitClosed(String unitId, LocalDate closedOn, String successorId) {
        return new UnitClosed(unitId, closedOn, successorId, BOARD, Instant.parse("2023-01-02T02:00:00Z"));
    }

    public static UnitMoved unitMoved(String unitId, String from, String to, Instant at) {
        return new UnitMoved(unitId, from, to, BOARD, at);
    }

    /** A collective's model in the field, registered on time. */
    public static ModelRegistered model(String modelId, String campaignId, String unitId, ModelField field) {
        return model(modelId, campaignId, unitId, field, RegistrantKind.COLLECTIVE, false, null);
    }

    /** A model as registered today: "other"-field models ask for their managing unit's confirmation. */
    public static ModelRegistered model(String modelId, String campaignId, String unitId, ModelField field,
                                        RegistrantKind kind, boolean late, String replicaOf) {
        Actor officer = new Actor("can-bo-" + unitId, unitId);
        return new ModelRegistered(modelId, campaignId, unitId, "D198", kind, "Dân vận khéo " + modelId, field,
                field == ModelField.OTHER, replicaOf == null ? ModelNovelty.NEW : ModelNovelty.CONTINUING,
                kind == RegistrantKind.INDIVIDUAL ? new IndividualRegistrant("Nguyễn Văn A", "Trưởng thôn", unitId)
                        : null,
                "Nội dung", "Cách làm", "Kết quả dự kiến", LocalDate.of(2024, 1, 1), late, replicaOf, officer,
                Instant.parse("2024-03-01T08:00:00Z"));
    }

    public static ModelWithdrawn withdrawn(ModelRegistered model) {
        return new ModelWithdrawn(model.modelId(), model.campaignId(), model.unitId(), "Không đủ điều kiện",
                new Actor("can-bo-" + model.unitId(), model.unitId()), model.occurredAt().plusSeconds(3600));
    }

    public static ModelContentConfirmed confirmed(ModelRegistered model) {
        return new ModelContentConfirmed(model.modelId(), model.campaignId(), "D198", BOARD,
                model.occurredAt().plusSeconds(7200));
    }

    public static ModelAmended fieldAmended(ModelRegistered model, ModelField field) {
        return new ModelAmended(model.modelId(), model.campaignId(), model.title(), field, "Nội dung (sửa)",
                "Cách làm", "Kết quả dự kiến", LocalDate.of(2024, 1, 1), field == ModelField.OTHER,
                new Actor("can-bo-" + model.unitId(), model.unitId()), model.occurredAt().plusSeconds(1800));
    }
}
