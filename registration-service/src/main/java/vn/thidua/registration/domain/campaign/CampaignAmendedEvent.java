package vn.thidua.registration.domain.campaign;

import org.axonframework.serialization.Revision;

import java.util.List;

/** An open campaign was amended; carries the complete new content. {@code description} may be null. */
@Revision("1")
public record CampaignAmendedEvent(String campaignId, String name, String description,
                                   List<CampaignWindow> registrationWindows, List<CampaignMilestone> milestones,
                                   List<CampaignTarget> coverageTargets, int modelsPerUnitPerYear) {
}
