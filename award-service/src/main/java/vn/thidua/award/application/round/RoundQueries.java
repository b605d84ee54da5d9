package vn.thidua.award.application.round;

import org.springframework.stereotype.Service;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardProposalView.ProposalStatus;
import vn.thidua.award.application.AwardViewStore;
import vn.thidua.award.application.AwardViewStore.ProposalCriteria;
import vn.thidua.award.application.EligibleModelView;
import vn.thidua.award.application.RoundSummary;
import vn.thidua.award.application.RoundView;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;

import java.util.List;
import java.util.Objects;

import static vn.thidua.award.application.access.AwardAccess.ROUND_PROPOSERS;
import static vn.thidua.award.application.access.AwardAccess.ROUND_READERS;

/**
 * Rounds as the caller may see them: those of councils within its subtree, and those of the councils above it (it
 * proposes in them). A round's proposals: those of nominees within the caller's subtree.
 */
@Service
public class RoundQueries {

    private static final int LIMIT = 500;
    private static final int ROUND_SIZE = 10_000;

    private final AwardViewStore views;
    private final AccessGuard guard;

    public RoundQueries(AwardViewStore views, AccessGuard guard) {
        this.views = views;
        this.guard = guard;
    }

    public List<RoundView> rounds() {
        guard.requireRole(ROUND_READERS);
        return views.rounds(this::visible, LIMIT);
    }

    /** The round with its figures; outside the caller's reach 403, whether or not it exists. */
    public RoundSummary round(String roundId) {
        guard.requireRole(ROUND_READERS);
        RoundView round = visibleRound(roundId);
        List<AwardProposalView> proposals = views.proposals(new ProposalCriteria(null, null, roundId, null),
                unit -> true, ROUND_SIZE);
        long total = proposals.stream().filter(p -> p.status() == ProposalStatus.APPROVED)
                .map(AwardProposalView::amount).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        return new RoundSummary(round, count(proposals, ProposalStatus.PENDING), count(proposals, ProposalStatus.APPROVED),
                count(proposals, ProposalStatus.REJECTED), count(proposals, ProposalStatus.WITHDRAWN),
                (int) proposals.stream().filter(AwardProposalView::forwarded).count(), total, round.budget(),
                round.budget() != null && total > round.budget());
    }

    public List<AwardProposalView> proposals(String roundId, ProposalStatus status) {
        guard.requireRole(ROUND_READERS);
        visibleRound(roundId);
        return views.proposals(new ProposalCriteria(null, null, roundId, status), guard.visibleUnits(ROUND_READERS),
                LIMIT);
    }

    /** The recognised models the caller may propose in the round: of its subtree, within the council's. */
    public List<EligibleModelView> eligibleModels(String roundId) {
        guard.requireRole(ROUND_PROPOSERS);
        RoundView round = visibleRound(roundId);
        java.util.function.Predicate<String> mine = guard.visibleUnits(ROUND_PROPOSERS);
        return views.eligibleModels(null, unit -> mine.test(unit) && guard.covers(round.councilUnitId(), unit), LIMIT);
    }

    /**
     * Waits at most {@code timeout} until the view of each proposal satisfies {@code shown} (a page shows a change
     * it has just made); false when the views have not caught up by then.
     */
    public boolean awaitProposals(List<String> proposalIds, java.util.function.Predicate<AwardProposalView> shown,
                                  java.time.Duration timeout) {
        return await(() -> proposalIds.stream().allMatch(id -> views.proposal(id).filter(shown).isPresent()), timeout);
    }

    /** As {@link #awaitProposals}, for the round's own view (after opening, closing, reopening, adding forms). */
    public boolean awaitRound(String roundId, java.util.function.Predicate<RoundView> shown,
                              java.time.Duration timeout) {
        return await(() -> views.round(roundId).filter(shown).isPresent(), timeout);
    }

    private static boolean await(java.util.function.BooleanSupplier shown, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() > deadline) return false;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private RoundView visibleRound(String roundId) {
        RoundView round = views.round(roundId).orElseThrow(() -> new NotFound("đợt khen thưởng", "award round", roundId));
        if (!visible(round)) throw new OutsideJurisdiction("unit");
        return round;
    }

    private boolean visible(RoundView round) {
        if (guard.allows(round.councilUnitId(), ROUND_READERS)) return true;
        String callerUnit = CurrentCaller.get().map(c -> c.unitId()).orElse(null);
        return callerUnit != null && guard.covers(round.councilUnitId(), callerUnit);
    }

    private static int count(List<AwardProposalView> proposals, ProposalStatus status) {
        return (int) proposals.stream().filter(p -> p.status() == status).count();
    }
}
