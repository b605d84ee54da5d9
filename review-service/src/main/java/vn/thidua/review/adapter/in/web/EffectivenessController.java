package vn.thidua.review.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.review.application.MilestoneReview;
import vn.thidua.review.application.ReviewCaseQueries;
import vn.thidua.review.domain.ReviewMilestone;

/** The effectiveness review of a campaign milestone: every registered or recognised model in reach with its verdict. */
@RestController
public class EffectivenessController {

    private final ReviewCaseQueries queries;

    public EffectivenessController(ReviewCaseQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Đánh giá hoạt động hiệu quả theo mốc (sơ kết 6 tháng, tổng kết năm) / "
            + "Effectiveness at a milestone",
            description = "Every registered (open) or recognised model in the caller's reach (of campaignId, routed "
                    + "to authorityUnitId if given) with its verdict at the milestone (SIX_MONTH, YEAR_END) of the "
                    + "year: EFFECTIVE, WEAKENED, STOPPED or NOT_ASSESSED; counts of each.")
    @GetMapping("/api/effectiveness")
    public MilestoneReview milestone(@RequestParam(required = false) String campaignId,
                                     @RequestParam(required = false) String authorityUnitId,
                                     @RequestParam ReviewMilestone milestone, @RequestParam int year) {
        return queries.milestoneReview(blankToNull(campaignId), blankToNull(authorityUnitId), milestone, year);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
