package vn.thidua.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.AwardOutcome;

/** The emulation council (Hội đồng Thi đua - Khen thưởng) decides a proposal. */
public record DecideAwardCommand(@TargetAggregateIdentifier String modelId, String proposalId, AwardOutcome outcome,
                                 String decisionNumber) {
}
