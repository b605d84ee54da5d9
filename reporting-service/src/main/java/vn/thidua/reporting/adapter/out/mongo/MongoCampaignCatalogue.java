package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.reporting.application.page.CampaignCatalogue;
import vn.thidua.reporting.domain.campaign.Campaign;

import java.util.List;

/** The {@value MongoProjectionStore#CAMPAIGNS} collection, whole (a province has a handful of campaigns). */
@Component
class MongoCampaignCatalogue implements CampaignCatalogue {

    private final MongoTemplate mongo;

    MongoCampaignCatalogue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Campaign> all() {
        return mongo.findAll(Document.class, MongoProjectionStore.CAMPAIGNS).stream()
                .map(CampaignDocuments::toCampaign).toList();
    }
}
