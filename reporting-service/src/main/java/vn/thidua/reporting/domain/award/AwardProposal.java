package vn.thidua.reporting.domain.award;

import java.time.Instant;
import java.util.Comparator;

/**
 * An award proposal (đề nghị khen thưởng) as the award events tell it; each event gives a partial one and
 * {@link #merge} folds them in any order, any number of times: facts both sides know are picked the same way
 * (the smaller value), the decision is the later one, a withdrawal the earliest. Codes and names are the published ones.
 *
 * @param outcome {@code APPROVED} or {@code REJECTED}; null while undecided
 * @param amount  the money of an approval (VND); null without
 */
public record AwardProposal(String proposalId, String campaignId, String modelId, String unitId, String nomineeKind,
                            String awardForm, String formCode, String proposedRoundId, Instant proposedAt,
                            String decidedRoundId, String outcome, Long amount, Long baseSalary, Instant decidedAt,
                            Instant withdrawnAt, String forwardedRoundId, Instant forwardedAt) {

    public static final String APPROVED = "APPROVED";

    /** The form's code, or the published form when the event predates codes. */
    public String form() {
        return formCode != null ? formCode : awardForm;
    }

    /** The round it was decided in, else the one it was proposed (or forwarded) in; null before rounds. */
    public String round() {
        if (decidedRoundId != null) return decidedRoundId;
        return forwardedRoundId != null ? forwardedRoundId : proposedRoundId;
    }

    public boolean approved() {
        return APPROVED.equals(outcome);
    }

    /** This proposal as it stood at the end of {@code until} (null: as known now); null if not proposed by then. */
    public AwardProposal asOf(Instant until) {
        if (until == null) return this;
        if (proposedAt != null && proposedAt.isAfter(until)) return null;
        boolean decided = decidedAt != null && !decidedAt.isAfter(until);
        boolean withdrawn = withdrawnAt != null && !withdrawnAt.isAfter(until);
        boolean forwarded = forwardedAt != null && !forwardedAt.isAfter(until);
        return new AwardProposal(proposalId, campaignId, modelId, unitId, nomineeKind, awardForm, formCode,
                proposedRoundId, proposedAt, decided ? decidedRoundId : null, decided ? outcome : null,
                decided ? amount : null, decided ? baseSalary : null, decided ? decidedAt : null,
                withdrawn ? withdrawnAt : null, forwarded ? forwardedRoundId : null, forwarded ? forwardedAt : null);
    }

    /** The fold of two partial views of one proposal (commutative, associative, idempotent). */
    public AwardProposal merge(AwardProposal other) {
        if (other == null) return this;
        AwardProposal decision = later(this, other, AwardProposal::decidedAt);
        AwardProposal forward = later(this, other, AwardProposal::forwardedAt);
        return new AwardProposal(pick(proposalId, other.proposalId), pick(campaignId, other.campaignId),
                pick(modelId, other.modelId), pick(unitId, other.unitId), pick(nomineeKind, other.nomineeKind),
                pick(awardForm, other.awardForm), pick(formCode, other.formCode),
                pick(proposedRoundId, other.proposedRoundId), pick(proposedAt, other.proposedAt),
                decision.decidedRoundId, decision.outcome, decision.amount, decision.baseSalary, decision.decidedAt,
                pick(withdrawnAt, other.withdrawnAt), forward.forwardedRoundId, forward.forwardedAt);
    }

    private static AwardProposal later(AwardProposal a, AwardProposal b,
                                       java.util.function.Function<AwardProposal, Instant> time) {
        Comparator<AwardProposal> order = Comparator.comparing(time, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(AwardProposal::toString);
        return order.compare(a, b) >= 0 ? a : b;
    }

    /** Either known value; of two, the smaller, so that the order of the events does not matter. */
    static <T extends Comparable<? super T>> T pick(T a, T b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }
}
