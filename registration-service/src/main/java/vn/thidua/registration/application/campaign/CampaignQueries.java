package vn.thidua.registration.application.campaign;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.util.List;
import java.util.Optional;

/** Reads the campaigns view. */
@Service
public class CampaignQueries {

    private final CampaignViewStore views;

    public CampaignQueries(CampaignViewStore views) {
        this.views = views;
    }

    /** Every campaign, newest launch first. */
    public List<CampaignView> campaigns() {
        return views.newestFirst(500);
    }

    public CampaignView campaign(String campaignId) {
        return Optional.ofNullable(campaignId).flatMap(views::find)
                .orElseThrow(() -> NotFound.referenceData("phong trào thi đua", "campaign", campaignId));
    }

    /** The campaigns open for registration, as a registration form offers them. */
    public List<CampaignView> openForRegistration() {
        return views.latestPeriodFirst(true, 200);
    }

    /** Every campaign, as a filter offers them. */
    public List<CampaignView> forFilters() {
        return views.latestPeriodFirst(false, 500);
    }
}
