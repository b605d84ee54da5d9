package vn.thidua.reporting.domain.award;

import java.time.Instant;
import java.time.LocalDate;

import static vn.thidua.reporting.domain.award.AwardProposal.pick;

/**
 * An award round (đợt khen thưởng) as its opening and closing tell it; {@link #merge} folds partial views in any
 * order. {@code budget} (VND) is null when the opening did not give one.
 */
public record AwardRound(String roundId, String name, String kind, String campaignId, String councilUnitId,
                         LocalDate proposalDeadline, Long budget, Instant openedAt, Instant closedAt) {

    public AwardRound merge(AwardRound other) {
        if (other == null) return this;
        return new AwardRound(pick(roundId, other.roundId), pick(name, other.name), pick(kind, other.kind),
                pick(campaignId, other.campaignId), pick(councilUnitId, other.councilUnitId),
                pick(proposalDeadline, other.proposalDeadline), pick(budget, other.budget),
                pick(openedAt, other.openedAt), closedAt == null ? other.closedAt
                        : other.closedAt == null || closedAt.isAfter(other.closedAt) ? closedAt : other.closedAt);
    }
}
