package vn.thidua.reporting.application.page;

import vn.thidua.reporting.domain.campaign.Campaign;

import java.util.List;

/** Every campaign the projection has heard of (port; MongoDB in production). */
public interface CampaignCatalogue {

    List<Campaign> all();
}
