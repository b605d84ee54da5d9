package vn.thidua.award.domain;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.AwardForm;

@Revision("1")
public record AwardProposedEvent(String modelId, String proposalId, String campaignId, String unitId,
                                 AwardForm awardForm, String reason) {
}
