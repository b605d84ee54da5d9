package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a (new) report to a pending proposal of the round, replacing any earlier one. */
public record AttachReportCommand(@TargetAggregateIdentifier String roundId, String proposalId,
                                  ProposalReport report) {
}
