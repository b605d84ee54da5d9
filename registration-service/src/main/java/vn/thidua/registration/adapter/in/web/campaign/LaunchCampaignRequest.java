package vn.thidua.registration.adapter.in.web.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;
import vn.thidua.registration.domain.campaign.LaunchCampaignCommand;

import java.util.List;

/** Body of POST /api/campaigns. Every value is checked by the campaign's rules, which name every bad field at once. */
public record LaunchCampaignRequest(
        @Schema(description = "Mã phong trào, chữ thường không dấu / readable slug", example = "vinh-linh-2023-2025")
        String campaignId,
        @Schema(description = "Đơn vị phát động / organiser unit", example = "D464") String organiserUnitId,
        @Schema(example = "Phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025") String name,
        String description,
        @Schema(example = "2023") Integer startYear,
        @Schema(example = "2025") Integer endYear,
        @Schema(description = "Đợt đăng ký / registration windows") List<CampaignWindow> registrationWindows,
        @Schema(description = "Mốc: công việc theo quý, sơ kết, tổng kết / milestones") List<CampaignMilestone> milestones,
        @Schema(description = "Chỉ tiêu theo loại đơn vị (agency, commune, village) / coverage targets")
        List<CampaignTarget> coverageTargets,
        @Schema(description = "Số mô hình tối thiểu mỗi đơn vị mỗi năm / models per unit per year", example = "1")
        Integer modelsPerUnitPerYear) {

    LaunchCampaignCommand toCommand() {
        return new LaunchCampaignCommand(campaignId, organiserUnitId, name, description, startYear, endYear,
                registrationWindows, milestones, coverageTargets, modelsPerUnitPerYear);
    }
}
