package vn.thidua.reporting.application.campaign;

import vn.thidua.contracts.CampaignAmended;
import vn.thidua.contracts.CampaignClosed;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.reporting.application.EventChanges;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.campaign.CampaignPlan;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanMilestone;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.campaign.PlanWindow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Translates the campaign events of the published language into what the campaign projection folds. */
public final class CampaignChanges {

    private CampaignChanges() {
    }

    /**
     * @return empty for an event not about a campaign
     * @throws IllegalArgumentException for a campaign event that lacks what the projection needs
     */
    public static Optional<CampaignChange> of(IntegrationEvent event, Instant fallbackTime) {
        try {
            if (event instanceof CampaignLaunched e) {
                Instant at = EventChanges.time(e.occurredAt(), fallbackTime);
                return Optional.of(new CampaignChange.Launched(e.campaignId(), e.organiserUnitId(), e.startYear(),
                        e.endYear(), plan(e.name(), e.description(), e.registrationWindows(), e.milestones(),
                        e.coverageTargets(), e.modelsPerUnitPerYear(), at), at));
            }
            if (event instanceof CampaignAmended e) {
                Instant at = EventChanges.time(e.occurredAt(), fallbackTime);
                return Optional.of(new CampaignChange.Amended(e.campaignId(), plan(e.name(), e.description(),
                        e.registrationWindows(), e.milestones(), e.coverageTargets(), e.modelsPerUnitPerYear(), at)));
            }
            if (event instanceof CampaignClosed e) {
                return Optional.of(new CampaignChange.Closed(e.campaignId(), e.reason(),
                        EventChanges.time(e.occurredAt(), fallbackTime)));
            }
            return Optional.empty();
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("Malformed " + event.getClass().getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }

    private static CampaignPlan plan(String name, String description, List<RegistrationWindow> windows,
                                     List<Milestone> milestones, List<CoverageTarget> targets,
                                     int modelsPerUnitPerYear, Instant at) {
        return new CampaignPlan(name, description,
                windows == null ? List.of() : windows.stream()
                        .map(w -> new PlanWindow(w.name(), w.opensOn(), w.dueOn())).toList(),
                milestones == null ? List.of() : milestones.stream().map(m -> new PlanMilestone(
                        m.kind() == null ? null : m.kind().name(), m.title(), m.dueOn())).toList(),
                targets == null ? List.of() : targets.stream().map(t -> new PlanTarget(t.unitKind(),
                        t.comparison() == null ? null : Comparison.valueOf(t.comparison().name()), t.percent()))
                        .toList(),
                modelsPerUnitPerYear, at);
    }
}
