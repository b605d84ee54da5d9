package vn.thidua.registration.application.campaign;

import org.springframework.stereotype.Service;

import java.util.Optional;

/** Looks campaigns up for the rest of the service (registration checks the campaign is open and on time). */
@Service
public class CampaignDirectory {

    private final CampaignViewStore views;

    public CampaignDirectory(CampaignViewStore views) {
        this.views = views;
    }

    public Optional<CampaignView> find(String campaignId) {
        return Optional.ofNullable(campaignId).flatMap(views::find);
    }
}
