package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationExpression;
import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.PositionStore;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.StreamPosition;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelDetails;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.Registration;
import vn.thidua.reporting.domain.Tally;
import vn.thidua.reporting.domain.UnitCoverage;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The projection in MongoDB: {@value #MODELS}, {@value #CAMPAIGNS}, {@value #UNITS} (the organisation tree),
 * {@value #PROCESSED_EVENTS} (CloudEvents ids) and {@value #POSITIONS} ({@code <topic>-<partition>} → last applied
 * offset). A model change is atomic updates mirroring {@link ModelProgress#apply}, so changes commute and repeat
 * harmlessly; a campaign or unit document is read, folded by the domain ({@link Campaign#apply},
 * {@link Unit#apply}) and replaced. The update rules: the README, "How the projection stays right".
 */
@Repository
public class MongoProjectionStore implements ProjectionStore, PositionStore {

    public static final String MODELS = "models";
    public static final String PROCESSED_EVENTS = "processed_events";
    public static final String POSITIONS = "positions";
    public static final String CAMPAIGNS = "campaigns";
    public static final String UNITS = "units";
    /** Optimistic lock of a campaign or unit document. */
    private static final String VERSION = "version";

    private static final Map<ModelStage, String> FLAGS = Map.of(
            ModelStage.REGISTERED, "registered",
            ModelStage.REVIEW_OPENED, "reviewOpened",
            ModelStage.RECOGNIZED, "recognized",
            ModelStage.PROPOSED_FOR_AWARD, "proposedForAward",
            ModelStage.AWARDED, "awarded");

    private final MongoTemplate mongo;

    public MongoProjectionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The coverage query filters by campaign and groups by unit. Safe to repeat; also after a dropped database. */
    public void ensureIndexes() {
        mongo.indexOps(MODELS).ensureIndex(new Index().on("campaignId", Sort.Direction.ASC)
                .on("unitId", Sort.Direction.ASC).named("campaign_unit"));
    }

    @Override
    public void apply(ModelChange change) {
        Update update = new Update().setOnInsert("campaignId", change.campaignId());
        // every event of a model names the same unit; amendments and confirmations name none
        if (change.unitId() != null) update.set("unitId", change.unitId());
        Registration registration = change.registration();
        if (registration != null) {
            update.set("registeredTitle", registration.title())
                    .set("registeredField", registration.field())
                    .set("registrantKind", registration.registrantKind());
            setIfPresent(update, "managingUnitId", registration.managingUnitId());
            setIfPresent(update, "novelty", registration.novelty());
            setIfPresent(update, "late", registration.late());
            setIfPresent(update, "replicaOf", registration.replicaOf());
        }
        if (change.milestone() != null) {
            String flag = FLAGS.get(change.milestone());
            update.set(flag, true).min(flag + "At", Date.from(change.at()));
        }
        if (change.contentConfirmedAt() != null) {
            update.max("contentConfirmedAt", Date.from(change.contentConfirmedAt()));
        }
        if (change.withdrawnAt() != null) {
            update.set("withdrawn", true).min("withdrawnAt", Date.from(change.withdrawnAt()));
        }
        Query byId = Query.query(where("_id").is(change.modelId()));
        try {
            mongo.upsert(byId, update, MODELS);
        } catch (DuplicateKeyException raced) {
            // two upserts inserting the same new model at once: the loser now finds it and updates it
            mongo.upsert(byId, update, MODELS);
        }
        ModelDetails details = change.details();
        if (details != null) {
            // newer details only: none yet, older ones, or (same millisecond) ones that sort before these
            Date since = Date.from(details.since());
            Query older = Query.query(where("_id").is(change.modelId()).orOperator(
                    where("detailsAt").exists(false),
                    where("detailsAt").lt(since),
                    new Criteria().andOperator(where("detailsAt").is(since), where("detailsKey").lt(details.tieBreak()))));
            mongo.updateFirst(older, new Update().set("title", details.title()).set("field", details.field())
                    .set("confirmationRequired", details.confirmationRequired()).set("detailsAt", since)
                    .set("detailsKey", details.tieBreak()), MODELS);
        }
    }

    @Override
    public void apply(CampaignChange change) {
        foldAndSave(CAMPAIGNS, change.campaignId(), stored -> CampaignDocuments.toDocument(stored == null
                ? Campaign.from(change) : CampaignDocuments.toCampaign(stored).apply(change)));
    }

    @Override
    public void apply(UnitChange change) {
        foldAndSave(UNITS, change.unitId(), stored -> UnitDocuments.toDocument(stored == null
                ? Unit.from(change) : UnitDocuments.toUnit(stored).apply(change)));
    }

    /**
     * Reads the document, folds the change into it and writes it back only if nobody wrote it meanwhile
     * ({@code version}); otherwise reads again. One consumer per partition makes a retry rare (a rebalance handing a
     * partition over while its old consumer is still writing), but then no change is lost.
     */
    private void foldAndSave(String collection, String id, UnaryOperator<Document> fold) {
        // Within this instance writers of one document also take a lock: the MongoDB stand-in used locally and in
        // tests does not apply a conditional replace atomically between connections (MongoDB does, which is what
        // protects several instances).
        synchronized (stripes[Math.floorMod((collection + '/' + id).hashCode(), stripes.length)]) {
            foldAndSaveChecked(collection, id, fold);
        }
    }

    private final Object[] stripes = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    private void foldAndSaveChecked(String collection, String id, UnaryOperator<Document> fold) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Document stored = mongo.findById(id, Document.class, collection);
            Document next = fold.apply(stored);
            Object version = stored == null ? null : stored.get(VERSION);
            next.put(VERSION, version instanceof Number n ? n.longValue() + 1 : 1L);
            if (stored == null) {
                try {
                    mongo.insert(next, collection);
                    return;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            Query unchanged = Query.query(where("_id").is(id).and(VERSION).is(version));
            if (mongo.replace(unchanged, next, collection).getMatchedCount() == 1) return;
        }
        throw new IllegalStateException("Document " + id + " of " + collection + " kept changing; the record is retried");
    }

    @Override
    public Optional<Campaign> campaign(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, Document.class, CAMPAIGNS))
                .map(CampaignDocuments::toCampaign);
    }

    @Override
    public List<Unit> units() {
        return mongo.findAll(Document.class, UNITS).stream().map(UnitDocuments::toUnit).toList();
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        if (unitId == null) return Optional.empty();
        return Optional.ofNullable(mongo.findById(unitId, Document.class, UNITS)).map(UnitDocuments::toUnit);
    }

    @Override
    public List<ModelProgress> models(String campaignId) {
        return mongo.find(Query.query(where("campaignId").is(campaignId)), Document.class, MODELS).stream()
                .map(MongoProjectionStore::progress).toList();
    }

    @Override
    public boolean isProcessed(String eventId) {
        return mongo.exists(Query.query(where("_id").is(eventId)), PROCESSED_EVENTS);
    }

    @Override
    public void markProcessed(String eventId, String eventType, StreamPosition position) {
        Update update = new Update().set("type", eventType).set("processedAt", new Date());
        if (position != null) {
            update.set("topic", position.topic()).set("partition", position.partition())
                    .set("offset", position.offset());
        }
        mongo.upsert(Query.query(where("_id").is(eventId)), update, PROCESSED_EVENTS);
    }

    @Override
    public Optional<ModelProgress> find(String modelId) {
        return Optional.ofNullable(mongo.findById(modelId, Document.class, MODELS)).map(MongoProjectionStore::progress);
    }

    @Override
    public CampaignCoverage coverage(String campaignId) {
        Aggregation aggregation = Aggregation.newAggregation(
                // a model heard of only through an amendment or a confirmation has no unit yet: nothing to count
                match(where("campaignId").is(campaignId).and("unitId").exists(true)),
                group("unitId")
                        .sum(countIf("registered")).as("registered")
                        .sum(countIf("recognized")).as("recognized")
                        .sum(countIf("proposedForAward")).as("proposedForAward")
                        .sum(countIf("awarded")).as("awarded"),
                sort(Sort.Direction.ASC, "_id"));
        List<UnitCoverage> units = mongo.aggregate(aggregation, MODELS, Document.class).getMappedResults().stream()
                .map(row -> new UnitCoverage(row.getString("_id"), new Tally(number(row, "registered"),
                        number(row, "recognized"), number(row, "proposedForAward"), number(row, "awarded"))))
                .toList();
        return CampaignCoverage.of(campaignId, units);
    }

    @Override
    public void save(StreamPosition position) {
        mongo.upsert(Query.query(where("_id").is(position.key())),
                new Update().set("topic", position.topic()).set("partition", position.partition())
                        .max("offset", position.offset()).set("updatedAt", new Date()),
                POSITIONS);
    }

    @Override
    public OptionalLong lastApplied(String topic, int partition) {
        Document position = mongo.findById(StreamPosition.key(topic, partition), Document.class, POSITIONS);
        if (position == null || !(position.get("offset") instanceof Number offset)) return OptionalLong.empty();
        return OptionalLong.of(offset.longValue());
    }

    private static AggregationExpression countIf(String flag) {
        return ConditionalOperators.when(ComparisonOperators.valueOf(flag).equalToValue(true)).then(1).otherwise(0);
    }

    private static long number(Document row, String key) {
        return row.get(key) instanceof Number n ? n.longValue() : 0L;
    }

    private static ModelProgress progress(Document doc) {
        Map<ModelStage, Instant> reached = new EnumMap<>(ModelStage.class);
        FLAGS.forEach((milestone, flag) -> {
            if (Boolean.TRUE.equals(doc.getBoolean(flag))) {
                Date at = doc.getDate(flag + "At");
                reached.put(milestone, at == null ? Instant.EPOCH : at.toInstant());
            }
        });
        Registration registration = doc.containsKey("registrantKind")
                ? new Registration(doc.getString("registeredTitle"), doc.getString("registeredField"),
                        doc.getString("registrantKind"), doc.getString("managingUnitId"), doc.getString("novelty"),
                        doc.getBoolean("late"), doc.getString("replicaOf"))
                : null;
        Date detailsAt = doc.getDate("detailsAt");
        ModelDetails details = detailsAt == null ? null : new ModelDetails(doc.getString("title"),
                doc.getString("field"), Boolean.TRUE.equals(doc.getBoolean("confirmationRequired")),
                detailsAt.toInstant());
        return new ModelProgress(doc.getString("_id"), doc.getString("campaignId"), doc.getString("unitId"),
                registration, reached, details, Values.instant(doc, "contentConfirmedAt"),
                Values.instant(doc, "withdrawnAt"));
    }

    private static void setIfPresent(Update update, String key, Object value) {
        if (value != null) update.set(key, value);
    }
}
