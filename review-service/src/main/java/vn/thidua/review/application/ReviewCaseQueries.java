package vn.thidua.review.application;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;

import java.util.List;

import static vn.thidua.review.application.access.ReviewAccess.READERS;

/** Review cases as the caller may see them: only cases of units within the caller's subtree. */
@Service
public class ReviewCaseQueries {

    private static final int LIMIT = 500;

    private final ReviewCaseStore cases;
    private final AccessGuard guard;

    public ReviewCaseQueries(ReviewCaseStore cases, AccessGuard guard) {
        this.cases = cases;
        this.guard = guard;
    }

    /** One case; outside the caller's subtree 403, whether or not it exists there. */
    public ReviewCaseView reviewCase(String reviewCaseId) {
        guard.requireRole(READERS);
        ReviewCaseView view = cases.find(reviewCaseId)
                .orElseThrow(() -> new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId));
        guard.require(view.unitId(), READERS);
        return view;
    }

    public List<ReviewCaseView> reviewCases(String campaignId, String modelId, String status) {
        guard.requireRole(READERS);
        return cases.find(campaignId, modelId, status, guard.visibleUnits(READERS), LIMIT);
    }
}
