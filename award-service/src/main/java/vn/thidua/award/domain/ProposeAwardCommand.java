package vn.thidua.award.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.AwardForm;

/** Đề nghị khen thưởng: propose an award form for an eligible model. */
public record ProposeAwardCommand(@TargetAggregateIdentifier String modelId, String proposalId, AwardForm awardForm,
                                  String reason) {
}
