package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority asks the unit for a supplement by {@code dueOn} (yêu cầu bổ sung); {@code today} is the day asked. */
public record RequestSupplementCommand(@TargetAggregateIdentifier String reviewCaseId, String requestId, String request, java.time.LocalDate dueOn, java.time.LocalDate today) {
}
