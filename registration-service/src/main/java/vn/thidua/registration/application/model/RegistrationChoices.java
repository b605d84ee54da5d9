package vn.thidua.registration.application.model;

import vn.thidua.registration.application.campaign.CampaignView;

import java.util.List;

/** What the registration pages offer to choose from (port): campaigns open for registration, or all for filters. */
public interface RegistrationChoices {

    /** Campaigns open for registration, newest first (at most 200). */
    List<CampaignView> openCampaigns();

    /** Every campaign, newest first (at most 500), for the list's filter. */
    List<CampaignView> allCampaigns();
}
