package vn.thidua.reporting.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/** What one campaign event tells: launched (phát động), amended (điều chỉnh) or closed (kết thúc). */
public sealed interface CampaignChange {

    String campaignId();

    /** The organiser launched the campaign for the years {@code startYear..endYear} with its first plan. */
    record Launched(String campaignId, String organiserUnitId, int startYear, int endYear, CampaignPlan plan,
                    Instant at) implements CampaignChange {
        public Launched {
            requireText(campaignId, "campaignId");
            requireText(organiserUnitId, "organiserUnitId");
            if (endYear < startYear) throw new IllegalArgumentException("endYear must not be before startYear");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The organiser replaced the plan (windows, milestones, targets, name) whole. */
    record Amended(String campaignId, CampaignPlan plan) implements CampaignChange {
        public Amended {
            requireText(campaignId, "campaignId");
            Objects.requireNonNull(plan, "plan");
        }
    }

    /** The organiser closed the campaign. */
    record Closed(String campaignId, String reason, Instant at) implements CampaignChange {
        public Closed {
            requireText(campaignId, "campaignId");
            Objects.requireNonNull(at, "at");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
    }
}
