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
import vn.thidua.award.application.AwardProposalView.ProposalStatus;
import vn.thidua.award.application.AwardViewStore;
import vn.thidua.award.application.EligibleModelView;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.application.RoundView.RoundStatus;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.ProposalReport;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The award views in the collections {@code eligible_models} ({@code _id}: model id), {@code award_proposals}
 * (proposal id) and {@code award_rounds} (round id). A proposal stored before rounds reads back as pending; a
 * model no longer eligible keeps its document, marked {@code closed}, so that its unit stays known.
 */
@Component
public class MongoAwardViewStore implements AwardViewStore {

    private final MongoTemplate mongo;

    public MongoAwardViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<EligibleModelView> eligibleModel(String modelId) {
        return Optional.ofNullable(mongo.findById(modelId, EligibleModelDocument.class)).filter(d -> !d.closed())
                .map(EligibleModelDocument::view);
    }

    @Override
    public Optional<String> closedModelUnit(String modelId) {
        return Optional.ofNullable(mongo.findById(modelId, EligibleModelDocument.class))
                .filter(EligibleModelDocument::closed).map(EligibleModelDocument::unitId);
    }

    @Override
    public List<EligibleModelView> eligibleModels(String campaignId, Predicate<String> visible, int limit) {
        Criteria criteria = Criteria.where("closed").ne(true);
        if (campaignId != null) criteria = criteria.and("campaignId").is(campaignId);
        return find(Query.query(criteria).with(Sort.by("eligibleSince")), EligibleModelDocument.class,
                EligibleModelDocument::view, v -> visible.test(v.unitId()), limit);
    }

    @Override
    public void save(EligibleModelView m) {
        mongo.save(new EligibleModelDocument(m.modelId(), m.campaignId(), m.unitId(), m.reviewCaseId(),
                m.eligibleSince(), false));
    }

    @Override
    public void removeEligibleModel(String modelId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(modelId)), Update.update("closed", true),
                EligibleModelDocument.class);
    }

    @Override
    public Optional<AwardProposalView> proposal(String proposalId) {
        return Optional.ofNullable(mongo.findById(proposalId, AwardProposalDocument.class))
                .map(AwardProposalDocument::view);
    }

    @Override
    public List<AwardProposalView> proposals(ProposalCriteria c, Predicate<String> visible, int limit) {
        Criteria criteria = new Criteria();
        if (c.campaignId() != null) criteria = criteria.and("campaignId").is(c.campaignId());
        if (c.modelId() != null) criteria = criteria.and("modelId").is(c.modelId());
        if (c.roundId() != null) criteria = criteria.and("roundId").is(c.roundId());
        // the status is matched after reading: proposals stored before rounds have none and count as pending
        return find(Query.query(criteria).with(Sort.by("proposedAt")), AwardProposalDocument.class,
                AwardProposalDocument::view, v -> c.matches(v) && visible.test(v.unitId()), limit);
    }

    @Override
    public void save(AwardProposalView p) {
        mongo.save(AwardProposalDocument.of(p));
    }

    @Override
    public Optional<RoundView> round(String roundId) {
        return Optional.ofNullable(mongo.findById(roundId, RoundDocument.class)).map(RoundDocument::view);
    }

    @Override
    public List<RoundView> rounds(Predicate<RoundView> visible, int limit) {
        return find(new Query().with(Sort.by(Sort.Direction.DESC, "openedAt")), RoundDocument.class, RoundDocument::view,
                visible, limit);
    }

    @Override
    public void save(RoundView r) {
        mongo.save(new RoundDocument(r.roundId(), r.name(), r.kind(), r.campaignId(), r.councilUnitId(), r.councilLevel(),
                r.proposalDeadline(), r.formCodes(), r.budget(), r.standing(), r.status(), r.openedAt(),
                r.reopenReason(), r.history()));
    }

    /** The first {@code limit} documents in the query's order that {@code keep} accepts. */
    private <D, V> List<V> find(Query query, Class<D> type, Function<D, V> view, Predicate<V> keep, int limit) {
        try (var documents = mongo.stream(query, type)) {
            return documents.map(view).filter(keep).limit(limit).toList();
        }
    }

    @Document("eligible_models")
    record EligibleModelDocument(@Id String modelId, String campaignId, String unitId, String reviewCaseId,
                                 Instant eligibleSince, boolean closed) {
        EligibleModelView view() {
            return new EligibleModelView(modelId, campaignId, unitId, reviewCaseId, eligibleSince);
        }
    }

    @Document("award_rounds")
    record RoundDocument(@Id String roundId, String name, RoundKind kind, String campaignId, String councilUnitId,
                         String councilLevel, LocalDate proposalDeadline, List<String> formCodes, Long budget,
                         boolean standing, RoundStatus status, Instant openedAt, String reopenReason,
                         List<RoundView.Entry> history) {
        RoundView view() {
            return new RoundView(roundId, name, kind, campaignId, councilUnitId, councilLevel, proposalDeadline,
                    formCodes, budget, standing, status, openedAt, reopenReason, history);
        }
    }

    @Document("award_proposals")
    record AwardProposalDocument(@Id String proposalId, String modelId, String campaignId, String unitId,
                                 AwardForm awardForm, String reason, Instant proposedAt, AwardOutcome outcome,
                                 String decisionNumber, Instant decidedAt, String roundId, RecipientKind recipientKind,
                                 String nomineeName, String position, String formCode, String reportReference,
                                 String proposerUnitId, ProposalStatus status, String forwardedFromUnitId,
                                 String forwardedToUnitId, boolean forwarded, LocalDate decisionDate, String signer,
                                 String decisionReason, BigDecimal coefficient, Long baseSalary, Long amount,
                                 String withdrawalReason, ProposalReport report) {

        static AwardProposalDocument of(AwardProposalView p) {
            return new AwardProposalDocument(p.proposalId(), p.modelId(), p.campaignId(), p.unitId(), p.awardForm(),
                    p.reason(), p.proposedAt(), p.outcome(), p.decisionNumber(), p.decidedAt(), p.roundId(),
                    p.recipientKind(), p.nomineeName(), p.position(), p.formCode(), p.reportReference(),
                    p.proposerUnitId(), p.status(), p.forwardedFromUnitId(), p.forwardedToUnitId(), p.forwarded(),
                    p.decisionDate(), p.signer(), p.decisionReason(), p.coefficient(), p.baseSalary(), p.amount(),
                    p.withdrawalReason(), p.report());
        }

        AwardProposalView view() {
            ProposalStatus known = status != null ? status : outcome == null ? ProposalStatus.PENDING
                    : outcome == AwardOutcome.APPROVED ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
            return new AwardProposalView(proposalId, modelId, campaignId, unitId, awardForm, reason, proposedAt,
                    outcome, decisionNumber, decidedAt, roundId, recipientKind, nomineeName, position, formCode,
                    reportReference, proposerUnitId, known, forwardedFromUnitId, forwardedToUnitId, forwarded,
                    decisionDate, signer, decisionReason, coefficient, baseSalary, amount, withdrawalReason, report);
        }
    }
}
