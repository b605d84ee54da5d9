package vn.thidua.registration.domain.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Điều chỉnh phong trào: the organiser replaces the name, description, windows, milestones, targets and models per
 * unit of an open campaign (complete new lists, not a diff). The period and the organiser do not change.
 */
public record AmendCampaignCommand(@TargetAggregateIdentifier String campaignId, String name, String description,
                                   List<CampaignWindow> registrationWindows, List<CampaignMilestone> milestones,
                                   List<CampaignTarget> coverageTargets, Integer modelsPerUnitPerYear) {
}
