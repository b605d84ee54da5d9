package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority records its review meeting (họp xét), judged by {@code rules}. */
public record HoldReviewMeetingCommand(@TargetAggregateIdentifier String reviewCaseId, java.time.LocalDate heldOn, String chair, java.util.List<String> membersPresent, Integer membersTotal, Integer votesFor, Integer votesAgainst, Integer votesAbstaining, String conclusion, MeetingRules rules, java.time.LocalDate today) {
}
