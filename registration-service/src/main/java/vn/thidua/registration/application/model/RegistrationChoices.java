package vn.thidua.registration.application.model;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.registration.application.campaign.CampaignView;

import java.util.List;

/** What the registration pages offer to choose from: campaigns open for registration, or all for filters. */
@Service
public class RegistrationChoices {

    private final MongoTemplate mongo;

    public RegistrationChoices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<CampaignView> openCampaigns() {
        return mongo.find(Query.query(Criteria.where("status").is(CampaignView.OPEN))
                .with(Sort.by(Sort.Direction.DESC, "startYear").and(Sort.by("name"))).limit(200), CampaignView.class);
    }

    public List<CampaignView> allCampaigns() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "startYear").and(Sort.by("name"))).limit(500),
                CampaignView.class);
    }
}
