package vn.thidua.registration.application.campaign;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Looks campaigns up for the rest of the service (registration checks the campaign is open and on time). */
@Service
public class CampaignDirectory {

    private final MongoTemplate mongo;

    public CampaignDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<CampaignView> find(String campaignId) {
        return campaignId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(campaignId, CampaignView.class));
    }
}
