package vn.thidua.award.application;

import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.time.Instant;

/** One award proposal as a council secretary lists them. */
public record AwardProposalView(String proposalId, String modelId, String campaignId, String unitId,
                                AwardForm awardForm, String reason, Instant proposedAt, AwardOutcome outcome,
                                String decisionNumber, Instant decidedAt) {
}
