package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationExpression;
import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.PositionStore;
import vn.thidua.reporting.application.ProjectionBatch;
import vn.thidua.reporting.application.ProjectionBatch.ProcessedEvent;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The projection in MongoDB: {@value #MODELS}, {@value #CAMPAIGNS}, {@value #UNITS} (the organisation tree),
 * {@value #PROCESSED_EVENTS} (CloudEvents ids) and {@value #POSITIONS} ({@code <topic>-<partition>} → last applied
 * offset). A batch is a few bulk writes, every filter the {@code _id}. A model change is atomic updates mirroring
 * {@link ModelProgress#apply}, so changes commute and repeat harmlessly; campaign and unit documents are read, folded
 * by the domain ({@link Campaign#apply}, {@link Unit#apply}) and replaced. Rules: the README, "How the projection
 * stays right".
 */
@Repository
public class MongoProjectionStore implements ProjectionStore, PositionStore {

    public static final String MODELS = "models";
    public static final String PROCESSED_EVENTS = "processed_events";
    public static final String POSITIONS = "positions";
    public static final String CAMPAIGNS = "campaigns";
    public static final String UNITS = "units";
    /** {@code _id} "tree": {@code revision} counts the batches that changed the tree (readers keep it until then). */
    public static final String REVISIONS = "revisions";
    static final String TREE = "tree";
    /** A model's effectiveness verdicts: {@code t<epoch millis>_<verdict>} → true. */
    private static final String VERDICTS = "verdicts";
    /** Optimistic lock of a campaign or unit document. */
    private static final String VERSION = "version";

    private static final Map<ModelStage, String> FLAGS = Map.of(
            ModelStage.REGISTERED, "registered",
            ModelStage.REVIEW_OPENED, "reviewOpened",
            ModelStage.RECOGNIZED, "recognized",
            ModelStage.PROPOSED_FOR_AWARD, "proposedForAward",
            ModelStage.AWARDED, "awarded");

    private static final Logger log = LoggerFactory.getLogger(MongoProjectionStore.class);

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
        applyModels(List.of(change));
    }

    /**
     * One ordered bulk write for the models' changes. Every filter is the {@code _id} alone: on the MongoDB stand-in
     * any other filter (or a count) scans the whole collection. Newer details are thus chosen here, against the
     * stored ones read in one query; a model's events share a partition, so one consumer writes a model at a time.
     */
    private void applyModels(List<ModelChange> changes) {
        if (changes.isEmpty()) return;
        Map<String, Document> stored = new HashMap<>();
        List<String> withDetails = changes.stream().filter(c -> c.details() != null).map(ModelChange::modelId)
                .distinct().toList();
        if (!withDetails.isEmpty()) {
            Query query = Query.query(where("_id").in(withDetails));
            query.fields().include("detailsAt").include("detailsKey");
            mongo.find(query, Document.class, MODELS).forEach(d -> stored.put(d.getString("_id"), d));
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, MODELS);
        for (ModelChange change : changes) {
            Query byId = Query.query(where("_id").is(change.modelId()));
            bulk.upsert(byId, modelUpdate(change));
            ModelDetails details = change.details();
            if (details != null && newer(details, stored.get(change.modelId()))) {
                Date since = Date.from(details.since());
                bulk.updateOne(byId, new Update().set("title", details.title()).set("field", details.field())
                        .set("confirmationRequired", details.confirmationRequired()).set("detailsAt", since)
                        .set("detailsKey", details.tieBreak()));
                stored.put(change.modelId(), new Document("detailsAt", since).append("detailsKey", details.tieBreak()));
            }
        }
        try {
            bulk.execute();
        } catch (DuplicateKeyException | BulkOperationException raced) {
            // two upserts inserting the same new model at once: the updates are idempotent, so write them again
            // one by one, now finding the model
            log.debug("Bulk write of models raced; writing them again", raced);
            for (ModelChange change : changes) applyModels(List.of(change));
        }
    }

    /** Newer details only: none yet, older ones, or (same millisecond) ones that sort before these. */
    private static boolean newer(ModelDetails details, Document stored) {
        Date at = stored == null ? null : stored.getDate("detailsAt");
        if (at == null) return true;
        int byTime = at.toInstant().compareTo(details.since());
        if (byTime != 0) return byTime < 0;
        String key = stored.getString("detailsKey");
        return key == null || key.compareTo(details.tieBreak()) < 0;
    }

    private static Update modelUpdate(ModelChange change) {
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
        if (change.verdict() != null) {
            // one key per time and verdict: a repeated event sets the same key, any order keeps them all
            update.set(VERDICTS + ".t" + change.verdict().at().toEpochMilli() + "_" + change.verdict().verdict(), true);
        }
        return update;
    }

    @Override
    public void applyAll(ProjectionBatch batch) {
        applyModels(batch.models());
        foldAll(CAMPAIGNS, batch.campaigns(), CampaignChange::campaignId, (stored, changes) -> {
            Campaign campaign = stored == null ? null : CampaignDocuments.toCampaign(stored);
            for (CampaignChange change : changes) {
                campaign = campaign == null ? Campaign.from(change) : campaign.apply(change);
            }
            return CampaignDocuments.toDocument(campaign);
        });
        foldAll(UNITS, batch.units(), UnitChange::unitId, (stored, changes) -> {
            Unit unit = stored == null ? null : UnitDocuments.toUnit(stored);
            for (UnitChange change : changes) {
                unit = unit == null ? Unit.from(change) : unit.apply(change);
            }
            return UnitDocuments.toDocument(unit);
        });
        if (!batch.units().isEmpty()) {
            // after the units: a reader that saw the old revision reads the tree again on its next query
            mongo.upsert(Query.query(where("_id").is(TREE)), new Update().inc("revision", 1L), REVISIONS);
        }
    }

    /**
     * Folds each document's changes (in order) into it: one query reads the stored documents, one bulk write
     * replaces them by {@code _id}. Writers of one document within this instance take its stripe's lock.
     */
    private <C> void foldAll(String collection, List<C> changes, Function<C, String> idOf,
                             BiFunction<Document, List<C>, Document> fold) {
        if (changes.isEmpty()) return;
        Map<String, List<C>> byId = new LinkedHashMap<>();
        changes.forEach(c -> byId.computeIfAbsent(idOf.apply(c), k -> new ArrayList<>()).add(c));
        List<Object> locks = byId.keySet().stream().map(id -> stripe(collection, id)).distinct()
                .sorted(Comparator.comparingInt(System::identityHashCode)).toList();
        lockAll(locks, 0, () -> {
            Map<String, Document> stored = new HashMap<>();
            mongo.find(Query.query(where("_id").in(byId.keySet())), Document.class, collection)
                    .forEach(d -> stored.put(d.getString("_id"), d));
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            byId.forEach((id, its) -> {
                Document before = stored.get(id);
                Document next = fold.apply(before, its);
                Object version = before == null ? null : before.get(VERSION);
                next.put(VERSION, version instanceof Number n ? n.longValue() + 1 : 1L);
                bulk.replaceOne(Query.query(where("_id").is(id)), next, FindAndReplaceOptions.options().upsert());
            });
            bulk.execute();
        });
    }

    private void lockAll(List<Object> locks, int from, Runnable work) {
        if (from == locks.size()) {
            work.run();
            return;
        }
        synchronized (locks.get(from)) {
            lockAll(locks, from + 1, work);
        }
    }

    private Object stripe(String collection, String id) {
        return stripes[Math.floorMod((collection + '/' + id).hashCode(), stripes.length)];
    }

    @Override
    public void apply(CampaignChange change) {
        ProjectionBatch batch = new ProjectionBatch();
        batch.campaigns().add(change);
        applyAll(batch);
    }

    @Override
    public void apply(UnitChange change) {
        ProjectionBatch batch = new ProjectionBatch();
        batch.units().add(change);
        applyAll(batch);
    }

    // Within this instance writers of one document take a lock: the replace is by _id alone (any other filter scans
    // the whole collection on the MongoDB stand-in), and a partition handed over in a rebalance may briefly have two.
    private final Object[] stripes = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

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

    /** A read of the {@code _id} alone, never {@code exists} or a count (a full scan on the MongoDB stand-in). */
    @Override
    public boolean isProcessed(String eventId) {
        return !processedAmong(List.of(eventId)).isEmpty();
    }

    @Override
    public Set<String> processedAmong(Collection<String> eventIds) {
        if (eventIds.isEmpty()) return Set.of();
        Query query = Query.query(where("_id").in(eventIds));
        query.fields().include("_id");
        Set<String> processed = new HashSet<>();
        mongo.find(query, Document.class, PROCESSED_EVENTS).forEach(d -> processed.add(d.getString("_id")));
        return processed;
    }

    @Override
    public void markProcessed(String eventId, String eventType, StreamPosition position) {
        markProcessed(List.of(new ProcessedEvent(eventId, eventType, position)));
    }

    @Override
    public void markProcessed(List<ProcessedEvent> events) {
        if (events.isEmpty()) return;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PROCESSED_EVENTS);
        Date now = new Date();
        for (ProcessedEvent event : events) {
            Update update = new Update().set("type", event.eventType()).set("processedAt", now);
            StreamPosition position = event.position();
            if (position != null) {
                update.set("topic", position.topic()).set("partition", position.partition())
                        .set("offset", position.offset());
            }
            bulk.upsert(Query.query(where("_id").is(event.eventId())), update);
        }
        bulk.execute();
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
        saveAll(List.of(position));
    }

    @Override
    public void saveAll(Collection<StreamPosition> positions) {
        if (positions.isEmpty()) return;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, POSITIONS);
        Date now = new Date();
        for (StreamPosition position : positions) {
            bulk.upsert(Query.query(where("_id").is(position.key())),
                    new Update().set("topic", position.topic()).set("partition", position.partition())
                            .max("offset", position.offset()).set("updatedAt", now));
        }
        bulk.execute();
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
        java.util.TreeMap<Instant, String> verdicts = new java.util.TreeMap<>();
        if (doc.get(VERDICTS) instanceof Document stored) {
            for (String key : stored.keySet()) {
                int cut = key.indexOf('_');
                if (!key.startsWith("t") || cut < 0) continue;
                verdicts.merge(Instant.ofEpochMilli(Long.parseLong(key.substring(1, cut))), key.substring(cut + 1),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return new ModelProgress(doc.getString("_id"), doc.getString("campaignId"), doc.getString("unitId"),
                registration, reached, details, Values.instant(doc, "contentConfirmedAt"),
                Values.instant(doc, "withdrawnAt"), verdicts);
    }

    private static void setIfPresent(Update update, String key, Object value) {
        if (value != null) update.set(key, value);
    }
}
