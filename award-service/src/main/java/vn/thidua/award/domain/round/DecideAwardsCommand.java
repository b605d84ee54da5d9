package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Quyết định khen thưởng: one decision (number, date, signer) covering one or more proposals of the round, each
 * approved or rejected; the money of each approval is computed at the decision date.
 */
public record DecideAwardsCommand(@TargetAggregateIdentifier String roundId, String decisionNumber,
                                  LocalDate decisionDate, String signer, List<Verdict> verdicts) {
}
