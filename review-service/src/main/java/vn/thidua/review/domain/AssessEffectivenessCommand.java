package vn.thidua.review.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The authority records a model's effectiveness at a milestone of a year, with evidence; {@code today} from the clock. */
public record AssessEffectivenessCommand(@TargetAggregateIdentifier String reviewCaseId, String assessedByUnitId,
                                         ReviewMilestone milestone, Integer year, EffectivenessVerdict verdict,
                                         String evidence, LocalDate assessedOn, LocalDate today) {
}
