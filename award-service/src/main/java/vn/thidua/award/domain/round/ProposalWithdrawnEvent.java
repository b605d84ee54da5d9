package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProposalWithdrawnEvent(String roundId, String proposalId, String modelId, String unitId, String reason,
                                     WithdrawalCause cause) {
}
