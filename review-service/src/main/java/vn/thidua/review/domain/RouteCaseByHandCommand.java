package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A board officer routes a case to an authority by hand, with a reason (định tuyến thủ công). */
public record RouteCaseByHandCommand(@TargetAggregateIdentifier String reviewCaseId, String authorityUnitId, String reason) {
}
