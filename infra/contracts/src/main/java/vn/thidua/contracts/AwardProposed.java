package vn.thidua.contracts;

import java.time.Instant;

/**
 * An award was proposed (đề nghị khen thưởng) within a round. {@code reason} (the achievement summary) may be null.
 * For a nominee without a model {@code modelId} is {@code "none"}, for a round without a campaign
 * {@code campaignId} is; the nominee's kind and name, the round and the catalogue's form code were added later
 * (null in older events).
 */
public record AwardProposed(String proposalId, String modelId, String campaignId, String unitId,
                            AwardForm awardForm, String reason, Actor actor, Instant occurredAt,
                            NomineeKind nomineeKind, String nomineeName, String roundId, String formCode)
        implements IntegrationEvent {

    /** As published before rounds: without the nominee, round and form code. */
    public AwardProposed(String proposalId, String modelId, String campaignId, String unitId, AwardForm awardForm,
                         String reason, Actor actor, Instant occurredAt) {
        this(proposalId, modelId, campaignId, unitId, awardForm, reason, actor, occurredAt, null, null, null, null);
    }

    @Override
    public String subject() {
        return proposalId;
    }
}
