package vn.thidua.award.application;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.util.List;

@Service
public class AwardQueries {

    private final MongoTemplate mongo;

    public AwardQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<EligibleModelView> eligibleModels(String campaignId) {
        Query query = campaignId == null ? new Query() : Query.query(Criteria.where("campaignId").is(campaignId));
        return mongo.find(query.with(Sort.by("eligibleSince")).limit(500), EligibleModelView.class);
    }

    public List<AwardProposalView> proposals(String campaignId, String modelId) {
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (modelId != null) criteria = criteria.and("modelId").is(modelId);
        return mongo.find(Query.query(criteria).with(Sort.by("proposedAt")).limit(500), AwardProposalView.class);
    }

    public AwardProposalView proposal(String proposalId) {
        AwardProposalView view = mongo.findById(proposalId, AwardProposalView.class);
        if (view == null) throw new NotFound("đề nghị khen thưởng", "award proposal", proposalId);
        return view;
    }
}
