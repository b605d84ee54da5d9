package vn.thidua.review.application;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;

import java.util.List;
import java.util.function.Predicate;

import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.RECOGNISING_AUTHORITY;
import static vn.thidua.platform.security.Role.VIEWER;

/** Review cases as the caller may see them: only cases of units within the caller's subtree. */
@Service
public class ReviewCaseQueries {

    /** Who reads review cases: the recognising authority, the board (Ban Dân vận) and viewers. */
    public static final Role[] READERS = {RECOGNISING_AUTHORITY, BOARD_OFFICER, VIEWER};
    private static final int LIMIT = 500;

    private final MongoTemplate mongo;
    private final AccessGuard guard;

    public ReviewCaseQueries(MongoTemplate mongo, AccessGuard guard) {
        this.mongo = mongo;
        this.guard = guard;
    }

    /** One case; outside the caller's subtree 403, whether or not it exists there. */
    public ReviewCaseView reviewCase(String reviewCaseId) {
        guard.requireRole(READERS);
        ReviewCaseView view = mongo.findById(reviewCaseId, ReviewCaseView.class);
        if (view == null) throw new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId);
        guard.require(view.unitId(), READERS);
        return view;
    }

    public List<ReviewCaseView> reviewCases(String campaignId, String modelId, String status) {
        guard.requireRole(READERS);
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (modelId != null) criteria = criteria.and("modelId").is(modelId);
        if (status != null) criteria = criteria.and("status").is(status);
        Predicate<String> visible = guard.visibleUnits(READERS);
        try (var cases = mongo.stream(Query.query(criteria).with(Sort.by("openedAt")), ReviewCaseView.class)) {
            return cases.filter(view -> visible.test(view.unitId())).limit(LIMIT).toList();
        }
    }
}
