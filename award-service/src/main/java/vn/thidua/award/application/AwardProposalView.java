package vn.thidua.award.application;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.time.Instant;

/** One award proposal as a council secretary lists them. */
@Document("award_proposals")
public record AwardProposalView(@Id String proposalId, String modelId, String campaignId, String unitId,
                                AwardForm awardForm, String reason, Instant proposedAt, AwardOutcome outcome,
                                String decisionNumber, Instant decidedAt) {
}
