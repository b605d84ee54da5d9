package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.campaign.CampaignViewStore;

import java.util.List;
import java.util.Optional;

/** The campaigns view in the MongoDB collection {@code campaigns}, keyed by campaign id. */
@Component
class MongoCampaignViews implements CampaignViewStore {

    private final RecordDocuments<CampaignView> campaigns;

    MongoCampaignViews(MongoTemplate mongo) {
        this.campaigns = new RecordDocuments<>(mongo, CampaignView.class, "campaigns", "campaignId");
    }

    @Override
    public Optional<CampaignView> find(String campaignId) {
        return campaigns.findById(campaignId);
    }

    @Override
    public List<CampaignView> newestFirst(int limit) {
        return campaigns.find(new Query().with(Sort.by(Sort.Direction.DESC, "launchedAt")).limit(limit));
    }

    @Override
    public List<CampaignView> latestPeriodFirst(boolean openOnly, int limit) {
        Query query = openOnly ? Query.query(Criteria.where("status").is(CampaignView.OPEN)) : new Query();
        return campaigns.find(query.with(Sort.by(Sort.Direction.DESC, "startYear").and(Sort.by("name"))).limit(limit));
    }

    @Override
    public void save(CampaignView view) {
        campaigns.save(view);
    }

    @Override
    public void removeAll() {
        campaigns.removeAll();
    }
}
