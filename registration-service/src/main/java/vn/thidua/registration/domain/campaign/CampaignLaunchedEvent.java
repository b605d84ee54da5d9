package vn.thidua.registration.domain.campaign;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A campaign was launched; windows sorted by opening day, milestones by due day. {@code description} may be null. */
@Revision("1")
public record CampaignLaunchedEvent(String campaignId, String organiserUnitId, String name, String description,
                                    int startYear, int endYear, List<CampaignWindow> registrationWindows,
                                    List<CampaignMilestone> milestones, List<CampaignTarget> coverageTargets,
                                    int modelsPerUnitPerYear) {
}
