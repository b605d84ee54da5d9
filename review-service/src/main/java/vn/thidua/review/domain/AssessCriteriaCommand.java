package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority marks each criterion of a comprehensive model met or not, with evidence. */
public record AssessCriteriaCommand(@TargetAggregateIdentifier String reviewCaseId, java.util.List<CriterionMark> criteria) {
}
