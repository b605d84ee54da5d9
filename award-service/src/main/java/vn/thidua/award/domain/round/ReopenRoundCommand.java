package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The council reopens a closed round for proposals, with a reason and a new deadline. */
public record ReopenRoundCommand(@TargetAggregateIdentifier String roundId, String reason, LocalDate proposalDeadline,
                                 LocalDate on) {
}
