package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.award.AwardStore;
import vn.thidua.reporting.domain.award.AwardProposal;
import vn.thidua.reporting.domain.award.AwardRound;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.thidua.reporting.adapter.out.mongo.Values.date;
import static vn.thidua.reporting.adapter.out.mongo.Values.day;
import static vn.thidua.reporting.adapter.out.mongo.Values.instant;
import static vn.thidua.reporting.adapter.out.mongo.Values.text;

/**
 * {@value #PROPOSALS} and {@value #ROUNDS}: one document per award proposal and round ({@code _id} its id), read by
 * {@code _id}, merged in Java ({@link AwardProposal#merge}, {@link AwardRound#merge}) and replaced by {@code _id}.
 * A proposal's and a round's events share a partition (their key), so one consumer writes each document.
 */
@Repository
public class MongoAwardStore implements AwardStore {

    public static final String PROPOSALS = "award_proposals";
    public static final String ROUNDS = "award_rounds";

    private final MongoTemplate mongo;

    public MongoAwardStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void applyAll(List<AwardProposal> proposals, List<AwardRound> rounds) {
        fold(PROPOSALS, proposals, AwardProposal::proposalId, AwardProposal::merge, MongoAwardStore::proposal,
                MongoAwardStore::document);
        fold(ROUNDS, rounds, AwardRound::roundId, AwardRound::merge, MongoAwardStore::round, MongoAwardStore::document);
    }

    private <T> void fold(String collection, List<T> changes, Function<T, String> idOf, BinaryOperator<T> merge,
                          Function<Document, T> read, Function<T, Document> write) {
        if (changes.isEmpty()) return;
        Map<String, T> merged = new LinkedHashMap<>();
        changes.forEach(c -> merged.merge(idOf.apply(c), c, merge));
        Map<String, T> stored = new HashMap<>();
        mongo.find(Query.query(where("_id").in(merged.keySet())), Document.class, collection)
                .forEach(d -> stored.put(d.getString("_id"), read.apply(d)));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        merged.forEach((id, change) -> {
            T before = stored.get(id);
            bulk.replaceOne(Query.query(where("_id").is(id)), write.apply(before == null ? change
                    : merge.apply(before, change)), FindAndReplaceOptions.options().upsert());
        });
        bulk.execute();
    }

    @Override
    public List<AwardProposal> proposals(String campaignId) {
        return mongo.find(Query.query(where("campaignId").is(campaignId)), Document.class, PROPOSALS).stream()
                .map(MongoAwardStore::proposal).toList();
    }

    @Override
    public Map<String, AwardRound> rounds(Collection<String> roundIds) {
        Map<String, AwardRound> rounds = new HashMap<>();
        if (roundIds.isEmpty()) return rounds;
        mongo.find(Query.query(where("_id").in(roundIds)), Document.class, ROUNDS)
                .forEach(d -> rounds.put(d.getString("_id"), round(d)));
        return rounds;
    }

    private static Document document(AwardProposal p) {
        return new Document("_id", p.proposalId()).append("campaignId", p.campaignId()).append("modelId", p.modelId())
                .append("unitId", p.unitId()).append("nomineeKind", p.nomineeKind()).append("awardForm", p.awardForm())
                .append("formCode", p.formCode()).append("proposedRoundId", p.proposedRoundId())
                .append("proposedAt", date(p.proposedAt())).append("decidedRoundId", p.decidedRoundId())
                .append("outcome", p.outcome()).append("amount", p.amount()).append("baseSalary", p.baseSalary())
                .append("decidedAt", date(p.decidedAt())).append("withdrawnAt", date(p.withdrawnAt()))
                .append("forwardedRoundId", p.forwardedRoundId()).append("forwardedAt", date(p.forwardedAt()));
    }

    private static AwardProposal proposal(Document d) {
        return new AwardProposal(d.getString("_id"), d.getString("campaignId"), d.getString("modelId"),
                d.getString("unitId"), d.getString("nomineeKind"), d.getString("awardForm"), d.getString("formCode"),
                d.getString("proposedRoundId"), instant(d, "proposedAt"), d.getString("decidedRoundId"),
                d.getString("outcome"), number(d, "amount"), number(d, "baseSalary"), instant(d, "decidedAt"),
                instant(d, "withdrawnAt"), d.getString("forwardedRoundId"), instant(d, "forwardedAt"));
    }

    private static Document document(AwardRound r) {
        return new Document("_id", r.roundId()).append("name", r.name()).append("kind", r.kind())
                .append("campaignId", r.campaignId()).append("councilUnitId", r.councilUnitId())
                .append("proposalDeadline", text(r.proposalDeadline())).append("budget", r.budget())
                .append("openedAt", date(r.openedAt())).append("closedAt", date(r.closedAt()));
    }

    private static AwardRound round(Document d) {
        return new AwardRound(d.getString("_id"), d.getString("name"), d.getString("kind"), d.getString("campaignId"),
                d.getString("councilUnitId"), day(d, "proposalDeadline"), number(d, "budget"), instant(d, "openedAt"),
                instant(d, "closedAt"));
    }

    private static Long number(Document d, String key) {
        Object value = d.get(key);
        return value instanceof Number n ? n.longValue() : null;
    }
}
