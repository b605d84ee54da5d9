package vn.thidua.contracts;

import java.time.Instant;
import java.util.List;

/** An organiser launched an emulation campaign (phát động phong trào thi đua) with its period, registration windows, milestones and coverage targets. */
public record CampaignLaunched(String campaignId,
                               String organiserUnitId,
                               String name,
                               String description,
                               int startYear,
                               int endYear,
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
