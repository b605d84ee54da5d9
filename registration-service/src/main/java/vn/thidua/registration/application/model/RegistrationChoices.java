package vn.thidua.registration.application.model;

import org.springframework.stereotype.Service;
import vn.thidua.registration.application.campaign.CampaignQueries;
import vn.thidua.registration.application.campaign.CampaignView;

import java.util.List;

/** What the registration pages offer to choose from: campaigns open for registration, or all for filters. */
@Service
public class RegistrationChoices {

    private final CampaignQueries campaigns;

    public RegistrationChoices(CampaignQueries campaigns) {
        this.campaigns = campaigns;
    }

    public List<CampaignView> openCampaigns() {
        return campaigns.openForRegistration();
    }

    public List<CampaignView> allCampaigns() {
        return campaigns.forFilters();
    }
}
