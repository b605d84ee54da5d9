package vn.thidua.registration.domain.campaign;

import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.MilestoneKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Something due in the campaign: quarterly work (công việc theo quý), the preliminary review (sơ kết), the final
 * review (tổng kết) or another dated item such as an anniversary.
 */
public record CampaignMilestone(MilestoneKind kind, String title, LocalDate dueOn) {

    /** The milestones as the published language and the views carry them. */
    public static List<Milestone> published(List<CampaignMilestone> milestones) {
        return milestones == null ? List.of()
                : milestones.stream().map(m -> new Milestone(m.kind(), m.title(), m.dueOn())).toList();
    }
}
