package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A model's effectiveness at a milestone of a year; a later check of the same milestone and year replaces it. */
@Revision("1")
public record EffectivenessAssessedEvent(CaseRef ref, String assessedByUnitId, ReviewMilestone milestone, int year,
                                         EffectivenessVerdict verdict, String evidence, LocalDate assessedOn) {
}
