package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A pending proposal leaves the round undecided, with the reason. */
public record WithdrawProposalCommand(@TargetAggregateIdentifier String roundId, String proposalId, String reason,
                                      WithdrawalCause cause) {
}
