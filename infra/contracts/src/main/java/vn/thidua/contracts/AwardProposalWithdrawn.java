package vn.thidua.contracts;

import java.time.Instant;

/** A pending proposal left its round undecided, with the reason (rút đề nghị). {@code modelId} may be null. */
public record AwardProposalWithdrawn(String proposalId, String roundId, String modelId, String unitId, String reason,
                                     ProposalWithdrawalCause cause, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return proposalId;
    }
}
