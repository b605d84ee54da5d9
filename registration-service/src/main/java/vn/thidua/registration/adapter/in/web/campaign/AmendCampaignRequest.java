package vn.thidua.registration.adapter.in.web.campaign;

import vn.thidua.registration.domain.campaign.AmendCampaignCommand;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;

import java.util.List;

/** Body of PUT /api/campaigns/{id}: the complete new content (lists replace the old ones). */
public record AmendCampaignRequest(String name, String description, List<CampaignWindow> registrationWindows,
                                   List<CampaignMilestone> milestones, List<CampaignTarget> coverageTargets,
                                   Integer modelsPerUnitPerYear) {

    AmendCampaignCommand toCommand(String campaignId) {
        return new AmendCampaignCommand(campaignId, name, description, registrationWindows, milestones,
                coverageTargets, modelsPerUnitPerYear);
    }
}
