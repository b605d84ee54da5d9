package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An award proposal was decided (quyết định khen thưởng). {@code decisionNumber} (số quyết định) may be
 * null, typically when rejected; {@code modelId} and {@code campaignId} are {@code "none"} as in AwardProposed.
 * Added later (null in older events): the nominee, round and form code, the reason, the decision date and signer,
 * and on an approval with money the amount (VND) and the base salary (mức lương cơ sở) it was computed from.
 */
public record AwardDecided(String proposalId, String modelId, String campaignId, String unitId,
                           AwardForm awardForm, AwardOutcome outcome, String decisionNumber,
                           Actor actor, Instant occurredAt, NomineeKind nomineeKind, String nomineeName,
                           String roundId, String formCode, String reason, LocalDate decisionDate, String signer,
                           Long amount, Long baseSalary) implements IntegrationEvent {

    /** As published before rounds: without the nominee, round, form code, date, signer and money. */
    public AwardDecided(String proposalId, String modelId, String campaignId, String unitId, AwardForm awardForm,
                        AwardOutcome outcome, String decisionNumber, Actor actor, Instant occurredAt) {
        this(proposalId, modelId, campaignId, unitId, awardForm, outcome, decisionNumber, actor, occurredAt, null, null,
                null, null, null, null, null, null, null);
    }

    @Override
    public String subject() {
        return proposalId;
    }
}
