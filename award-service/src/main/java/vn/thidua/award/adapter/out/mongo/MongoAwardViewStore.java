package vn.thidua.award.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardViewStore;
import vn.thidua.award.application.EligibleModelView;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The award views in the collections {@code eligible_models} ({@code _id}: model id) and {@code award_proposals}. */
@Component
public class MongoAwardViewStore implements AwardViewStore {

    private final MongoTemplate mongo;

    public MongoAwardViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<EligibleModelView> eligibleModel(String modelId) {
        return Optional.ofNullable(mongo.findById(modelId, EligibleModelDocument.class)).map(EligibleModelDocument::view);
    }

    @Override
    public List<EligibleModelView> eligibleModels(String campaignId, Predicate<String> visible, int limit) {
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        return find(Query.query(criteria).with(Sort.by("eligibleSince")), EligibleModelDocument.class,
                EligibleModelDocument::view, EligibleModelView::unitId, visible, limit);
    }

    @Override
    public void save(EligibleModelView m) {
        mongo.save(new EligibleModelDocument(m.modelId(), m.campaignId(), m.unitId(), m.reviewCaseId(),
                m.eligibleSince()));
    }

    @Override
    public Optional<AwardProposalView> proposal(String proposalId) {
        return Optional.ofNullable(mongo.findById(proposalId, AwardProposalDocument.class))
                .map(AwardProposalDocument::view);
    }

    @Override
    public List<AwardProposalView> proposals(String campaignId, String modelId, Predicate<String> visible, int limit) {
        Criteria criteria = new Criteria();
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        if (modelId != null) criteria = criteria.and("modelId").is(modelId);
        return find(Query.query(criteria).with(Sort.by("proposedAt")), AwardProposalDocument.class,
                AwardProposalDocument::view, AwardProposalView::unitId, visible, limit);
    }

    @Override
    public void save(AwardProposalView p) {
        mongo.save(new AwardProposalDocument(p.proposalId(), p.modelId(), p.campaignId(), p.unitId(), p.awardForm(),
                p.reason(), p.proposedAt(), p.outcome(), p.decisionNumber(), p.decidedAt()));
    }

    @Override
    public void decided(String proposalId, AwardOutcome outcome, String decisionNumber, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(proposalId)),
                new Update().set("outcome", outcome).set("decisionNumber", decisionNumber).set("decidedAt", at),
                AwardProposalDocument.class);
    }

    /** The first {@code limit} documents in the query's order whose unit {@code visible} accepts. */
    private <D, V> List<V> find(Query query, Class<D> type, Function<D, V> view, Function<V, String> unitOf,
                                Predicate<String> visible, int limit) {
        try (var documents = mongo.stream(query, type)) {
            return documents.map(view).filter(v -> visible.test(unitOf.apply(v))).limit(limit).toList();
        }
    }

    @Document("eligible_models")
    record EligibleModelDocument(@Id String modelId, String campaignId, String unitId, String reviewCaseId,
                                 Instant eligibleSince) {
        EligibleModelView view() {
            return new EligibleModelView(modelId, campaignId, unitId, reviewCaseId, eligibleSince);
        }
    }

    @Document("award_proposals")
    record AwardProposalDocument(@Id String proposalId, String modelId, String campaignId, String unitId,
                                 AwardForm awardForm, String reason, Instant proposedAt, AwardOutcome outcome,
                                 String decisionNumber, Instant decidedAt) {
        AwardProposalView view() {
            return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, reason, proposedAt,
                    outcome, decisionNumber, decidedAt);
        }
    }
}
