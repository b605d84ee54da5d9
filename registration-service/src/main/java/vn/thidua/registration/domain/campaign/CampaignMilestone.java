package vn.thidua.registration.domain.campaign;

import vn.thidua.contracts.MilestoneKind;

import java.time.LocalDate;

/**
 * Something due in the campaign: quarterly work (công việc theo quý), the preliminary review (sơ kết), the final
 * review (tổng kết) or another dated item such as an anniversary.
 */
public record CampaignMilestone(MilestoneKind kind, String title, LocalDate dueOn) {
}
