package vn.thidua.registration.application.campaign;

import java.util.List;
import java.util.Optional;

/** Where the campaigns view is kept (a port; MongoDB collection {@code campaigns} in production). */
public interface CampaignViewStore {

    Optional<CampaignView> find(String campaignId);

    /** At most {@code limit} campaigns, newest launch first. */
    List<CampaignView> newestFirst(int limit);

    /** At most {@code limit} campaigns (only open ones if {@code openOnly}), latest start year first, then by name. */
    List<CampaignView> latestPeriodFirst(boolean openOnly, int limit);

    /** Replaces the campaign's view as a whole. */
    void save(CampaignView view);

    void removeAll();
}
