package vn.thidua.award.application;

/**
 * A round with its figures: proposals by status and the approved total (VND) against the budget; {@code overBudget}
 * when a budget is set and the total exceeds it.
 */
public record RoundSummary(RoundView round, int pending, int approved, int rejected, int withdrawn, int forwarded,
                           long approvedTotal, Long budget, boolean overBudget) {
}
