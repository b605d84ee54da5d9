package vn.thidua.award.application;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;

import java.util.List;

import static vn.thidua.award.application.access.AwardAccess.READERS;

/** Eligible models and award proposals as the caller may see them: only those of units within its subtree. */
@Service
public class AwardQueries {

    private static final int LIMIT = 500;

    private final AwardViewStore views;
    private final AccessGuard guard;

    public AwardQueries(AwardViewStore views, AccessGuard guard) {
        this.views = views;
        this.guard = guard;
    }

    public List<EligibleModelView> eligibleModels(String campaignId) {
        guard.requireRole(READERS);
        return views.eligibleModels(campaignId, guard.visibleUnits(READERS), LIMIT);
    }

    public List<AwardProposalView> proposals(String campaignId, String modelId) {
        return proposals(AwardViewStore.ProposalCriteria.of(campaignId, modelId));
    }

    public List<AwardProposalView> proposals(AwardViewStore.ProposalCriteria criteria) {
        guard.requireRole(READERS);
        return views.proposals(criteria, guard.visibleUnits(READERS), LIMIT);
    }

    /** One proposal; outside the caller's subtree 403, whether or not it exists there. */
    public AwardProposalView proposal(String proposalId) {
        guard.requireRole(READERS);
        AwardProposalView view = views.proposal(proposalId)
                .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", proposalId));
        guard.require(view.unitId(), READERS);
        return view;
    }
}
