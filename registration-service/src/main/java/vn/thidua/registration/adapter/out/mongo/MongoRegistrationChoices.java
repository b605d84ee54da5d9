package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.model.RegistrationChoices;

import java.util.List;

/** The campaigns the registration pages offer, read from the campaigns view. */
@Repository
public class MongoRegistrationChoices implements RegistrationChoices {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "startYear").and(Sort.by("name"));

    private final MongoTemplate mongo;

    public MongoRegistrationChoices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<CampaignView> openCampaigns() {
        return mongo.find(Query.query(Criteria.where("status").is(CampaignView.OPEN)).with(NEWEST_FIRST).limit(200),
                CampaignView.class);
    }

    @Override
    public List<CampaignView> allCampaigns() {
        return mongo.find(new Query().with(NEWEST_FIRST).limit(500), CampaignView.class);
    }
}
