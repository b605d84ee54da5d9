package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Đề nghị khen thưởng within a round: a nominee, a form of the catalogue, an achievement summary (tóm tắt thành
 * tích) and the reference of the attached report. {@code higherCouncilUnitId}: the council above the round's that
 * holds the form's level, where a form above the round's council goes (null: none in the tree). {@code report}:
 * the attached report, already stored (null: attached later).
 */
public record ProposeAwardCommand(@TargetAggregateIdentifier String roundId, String proposalId, Nominee nominee,
                                  FormTerms form, String summary, String reportReference, String proposerUnitId,
                                  LocalDate on, String higherCouncilUnitId, ProposalReport report) {
}
