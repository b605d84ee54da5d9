package vn.thidua.review.application;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.util.List;

@Service
public class ReviewCaseQueries {

    private final MongoTemplate mongo;

    public ReviewCaseQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ReviewCaseView reviewCase(String reviewCaseId) {
        ReviewCaseView view = mongo.findById(reviewCaseId, ReviewCaseView.class);
        if (view == null) throw new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId);
        return view;
    }

    public List<ReviewCaseView> reviewCases(String campaignId, String modelId, String status) {
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (modelId != null) criteria = criteria.and("modelId").is(modelId);
        if (status != null) criteria = criteria.and("status").is(status);
        return mongo.find(Query.query(criteria).with(Sort.by("openedAt")).limit(500), ReviewCaseView.class);
    }
}
