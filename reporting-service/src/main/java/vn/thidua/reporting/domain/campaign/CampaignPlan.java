package vn.thidua.reporting.domain.campaign;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the organiser said a campaign is, as of {@code since}: launched with it, replaced whole by each amendment.
 * The newest version (by event time, then by content) wins whatever order the events arrive in.
 */
public record CampaignPlan(String name, String description, List<PlanWindow> registrationWindows,
                           List<PlanMilestone> milestones, List<PlanTarget> coverageTargets,
                           int modelsPerUnitPerYear, Instant since) {

    private static final Comparator<CampaignPlan> ORDER = Comparator.comparing(CampaignPlan::since)
            .thenComparing(CampaignPlan::toString);

    public CampaignPlan {
        registrationWindows = registrationWindows == null ? List.of() : List.copyOf(registrationWindows);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        coverageTargets = coverageTargets == null ? List.of() : List.copyOf(coverageTargets);
        Objects.requireNonNull(since, "since");
    }

    public boolean supersedes(CampaignPlan current) {
        return current == null || ORDER.compare(this, current) > 0;
    }
}
