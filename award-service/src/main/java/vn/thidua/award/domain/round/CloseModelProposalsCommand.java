package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The model was withdrawn or its recognition revoked: its pending proposals in the round close with the reason. */
public record CloseModelProposalsCommand(@TargetAggregateIdentifier String roundId, String modelId, String reason,
                                         WithdrawalCause cause) {
}
