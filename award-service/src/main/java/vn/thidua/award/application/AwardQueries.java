package vn.thidua.award.application;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.COUNCIL_MEMBER;
import static vn.thidua.platform.security.Role.VIEWER;

/** Eligible models and award proposals as the caller may see them: only those of units within its subtree. */
@Service
public class AwardQueries {

    /** Who reads eligible models and proposals: council members, the board (Ban Dân vận) and viewers. */
    public static final Role[] READERS = {COUNCIL_MEMBER, BOARD_OFFICER, VIEWER};
    private static final int LIMIT = 500;

    private final MongoTemplate mongo;
    private final AccessGuard guard;

    public AwardQueries(MongoTemplate mongo, AccessGuard guard) {
        this.mongo = mongo;
        this.guard = guard;
    }

    public List<EligibleModelView> eligibleModels(String campaignId) {
        guard.requireRole(READERS);
        Query query = campaignId == null ? new Query() : Query.query(Criteria.where("campaignId").is(campaignId));
        try (var models = mongo.stream(query.with(Sort.by("eligibleSince")), EligibleModelView.class)) {
            return visible(models, EligibleModelView::unitId);
        }
    }

    public List<AwardProposalView> proposals(String campaignId, String modelId) {
        guard.requireRole(READERS);
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (modelId != null) criteria = criteria.and("modelId").is(modelId);
        try (var proposals = mongo.stream(Query.query(criteria).with(Sort.by("proposedAt")), AwardProposalView.class)) {
            return visible(proposals, AwardProposalView::unitId);
        }
    }

    /** One proposal; outside the caller's subtree 403, whether or not it exists there. */
    public AwardProposalView proposal(String proposalId) {
        guard.requireRole(READERS);
        AwardProposalView view = mongo.findById(proposalId, AwardProposalView.class);
        if (view == null) throw new NotFound("đề nghị khen thưởng", "award proposal", proposalId);
        guard.require(view.unitId(), READERS);
        return view;
    }

    /** Keeps what the caller may see (the guard asks the tree once per unit of one answer). */
    private <T> List<T> visible(Stream<T> items, Function<T, String> unitOf) {
        Predicate<String> allowed = guard.visibleUnits(READERS);
        return items.filter(item -> allowed.test(unitOf.apply(item))).limit(LIMIT).toList();
    }
}
