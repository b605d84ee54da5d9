package vn.thidua.contracts;

/** One criterion of a comprehensive model, met or not, with its evidence (may be null). */
public record CriterionAssessment(ComprehensiveCriterion criterion, boolean met, String evidence) {
}
