package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.plan.PlanStore;
import vn.thidua.reporting.domain.plan.PlanFiling;

import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@value #COLLECTION} projection: one document per campaign and unit ({@code _id} = campaign|unit), upserted by
 * {@code _id} with {@code $min} of the filing time, so any order and any redelivery fold to the same document.
 */
@Repository
public class MongoPlanStore implements PlanStore {

    public static final String COLLECTION = "unit_plans";

    private final MongoTemplate mongo;

    public MongoPlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void recordAll(List<PlanFiling> filings) {
        if (filings.isEmpty()) return;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
        for (PlanFiling f : filings) {
            bulk.upsert(Query.query(where("_id").is(f.id())), new Update().set("campaignId", f.campaignId())
                    .set("unitId", f.unitId()).min("firstFiledAt", Date.from(f.firstFiledAt())));
        }
        bulk.execute();
    }

    @Override
    public List<PlanFiling> ofCampaign(String campaignId) {
        // the stand-in scans for any filter but _id; a campaign's plans are few next to its models
        return mongo.find(Query.query(where("campaignId").is(campaignId)), Document.class, COLLECTION).stream()
                .map(d -> new PlanFiling(d.getString("campaignId"), d.getString("unitId"),
                        d.getDate("firstFiledAt").toInstant()))
                .toList();
    }
}
