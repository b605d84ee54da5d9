package vn.thidua.reporting.adapter.in.web.target;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A campaign as reporting knows it: its launch, its newest plan (launch or amendment) and status")
public record CampaignResponse(String campaignId, String name, String description, String organiserUnitId,
                               int startYear, int endYear, LocalDate periodStart, LocalDate periodEnd,
                               @Schema(description = "OPEN or CLOSED") String status, Instant launchedAt,
                               Instant closedAt, String closeReason, List<Window> registrationWindows,
                               List<Milestone> milestones, List<Target> coverageTargets, int modelsPerUnitPerYear) {

    public record Window(String name, LocalDate opensOn, LocalDate dueOn) {
    }

    public record Milestone(String kind, String title, LocalDate dueOn) {
    }

    public record Target(String unitKind, String comparison, int percent) {
    }

    public static CampaignResponse of(Campaign campaign) {
        CampaignPlan plan = campaign.plan();
        return new CampaignResponse(campaign.campaignId(), plan.name(), plan.description(), campaign.organiserUnitId(),
                campaign.startYear(), campaign.endYear(), campaign.periodStart(), campaign.periodEnd(),
                campaign.status().name(), campaign.launchedAt(), campaign.closedAt(), campaign.closeReason(),
                plan.registrationWindows().stream().map(w -> new Window(w.name(), w.opensOn(), w.dueOn())).toList(),
                plan.milestones().stream().map(m -> new Milestone(m.kind(), m.title(), m.dueOn())).toList(),
                plan.coverageTargets().stream().map(t -> new Target(t.unitKind(), t.comparison().name(), t.percent()))
                        .toList(),
                plan.modelsPerUnitPerYear());
    }
}
