package vn.thidua.review.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The effectiveness review at one campaign milestone (sơ kết 6 tháng, tổng kết năm) of a year: every registered or
 * recognised model in scope with its verdict so far ({@code NOT_ASSESSED} when none), and the count of each verdict.
 */
public record MilestoneReview(String milestone, int year, Map<String, Long> counts, List<Row> rows) {

    public static final String NOT_ASSESSED = "NOT_ASSESSED";
    public static final List<String> VERDICTS = List.of("EFFECTIVE", "WEAKENED", "STOPPED", NOT_ASSESSED);

    /** One model: its case, and the check of this milestone and year if any. */
    public record Row(String reviewCaseId, String modelId, String title, String unitId, String authorityUnitId,
                      String status, String verdict, String evidence, LocalDate assessedOn) {
    }
}
