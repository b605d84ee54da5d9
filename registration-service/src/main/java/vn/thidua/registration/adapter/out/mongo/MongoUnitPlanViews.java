package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.registration.application.plan.UnitPlanView;
import vn.thidua.registration.application.plan.UnitPlanViewStore;

import java.util.List;
import java.util.Optional;

/** The units' plans in the MongoDB collection {@code unit_plans}, keyed by plan id. */
@Component
class MongoUnitPlanViews implements UnitPlanViewStore {

    private final RecordDocuments<UnitPlanView> plans;

    MongoUnitPlanViews(MongoTemplate mongo) {
        this.plans = new RecordDocuments<>(mongo, UnitPlanView.class, "unit_plans", "planId");
    }

    @Override
    public Optional<UnitPlanView> find(String planId) {
        return plans.findById(planId);
    }

    @Override
    public void save(UnitPlanView plan) {
        plans.save(plan);
    }

    @Override
    public List<UnitPlanView> ofCampaign(String campaignId) {
        return plans.find(Query.query(Criteria.where("campaignId").is(campaignId)));
    }
}
