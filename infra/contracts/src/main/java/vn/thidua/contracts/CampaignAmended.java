package vn.thidua.contracts;

import java.time.Instant;
import java.util.List;

/** The organiser amended an open campaign; the event carries the complete new windows, milestones and targets (not a diff). */
public record CampaignAmended(String campaignId,
                              String name,
                              String description,
                              List<RegistrationWindow> registrationWindows,
                              List<Milestone> milestones,
                              List<CoverageTarget> coverageTargets,
                              int modelsPerUnitPerYear,
                              Actor actor,
                              Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return campaignId;
    }
}
