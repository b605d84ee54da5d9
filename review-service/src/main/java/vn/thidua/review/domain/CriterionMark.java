package vn.thidua.review.domain;

import vn.thidua.contracts.ComprehensiveCriterion;

/** One criterion of a comprehensive model, marked met or not, with evidence. */
public record CriterionMark(ComprehensiveCriterion criterion, Boolean met, String evidence) {
}
