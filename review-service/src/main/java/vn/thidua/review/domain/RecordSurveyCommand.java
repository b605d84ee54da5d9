package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The authority records its survey and inspection (khảo sát, kiểm tra); {@code today} is the day it is recorded. */
public record RecordSurveyCommand(@TargetAggregateIdentifier String reviewCaseId, java.time.LocalDate surveyedOn, java.util.List<String> inspectors, String findings, java.time.LocalDate today) {
}
