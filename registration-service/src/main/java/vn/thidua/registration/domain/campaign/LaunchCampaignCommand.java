package vn.thidua.registration.domain.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Phát động phong trào thi đua: an organiser launches a campaign for a period of one or several years. The id is a
 * readable slug chosen by the organiser (e.g. {@code vinh-linh-2023-2025}). Every value is validated by the
 * aggregate, which names every bad field at once.
 */
public record LaunchCampaignCommand(@TargetAggregateIdentifier String campaignId, String organiserUnitId, String name,
                                    String description, Integer startYear, Integer endYear,
                                    List<CampaignWindow> registrationWindows, List<CampaignMilestone> milestones,
                                    List<CampaignTarget> coverageTargets, Integer modelsPerUnitPerYear) {
}
