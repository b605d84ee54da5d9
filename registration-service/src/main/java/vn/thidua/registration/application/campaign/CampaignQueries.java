package vn.thidua.registration.application.campaign;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.util.List;

/** Reads the campaigns view. */
@Service
public class CampaignQueries {

    private final MongoTemplate mongo;

    public CampaignQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every campaign, newest launch first. */
    public List<CampaignView> campaigns() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "launchedAt")).limit(500), CampaignView.class);
    }

    public CampaignView campaign(String campaignId) {
        CampaignView view = campaignId == null ? null : mongo.findById(campaignId, CampaignView.class);
        if (view == null) throw new NotFound("phong trào thi đua", "campaign", campaignId);
        return view;
    }
}
