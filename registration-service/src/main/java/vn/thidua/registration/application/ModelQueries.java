package vn.thidua.registration.application;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.util.List;

@Service
public class ModelQueries {

    private final MongoTemplate mongo;

    public ModelQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ModelView model(String modelId) {
        ModelView view = mongo.findById(modelId, ModelView.class);
        if (view == null) throw new NotFound("mô hình", "model", modelId);
        return view;
    }

    /** Models of a campaign, optionally of one unit, newest first. */
    public List<ModelView> models(String campaignId, String unitId) {
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (unitId != null) criteria = criteria.and("unitId").is(unitId);
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "registeredAt")).limit(500),
                ModelView.class);
    }
}
