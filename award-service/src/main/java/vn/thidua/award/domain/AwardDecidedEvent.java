package vn.thidua.award.domain;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

@Revision("1")
public record AwardDecidedEvent(String modelId, String proposalId, String campaignId, String unitId,
                                AwardForm awardForm, AwardOutcome outcome, String decisionNumber) {
}
