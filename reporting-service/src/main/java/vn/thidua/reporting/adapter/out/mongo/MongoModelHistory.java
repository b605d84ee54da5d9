package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.history.ModelHistoryStore;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.domain.history.ModelAction;

import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@value #COLLECTION} projection: one document per event ({@code _id} = CloudEvents id), written with
 * {@code $setOnInsert} only, so a redelivered event neither adds an entry nor changes the one kept.
 */
@Repository
public class MongoModelHistory implements ModelHistoryStore {

    public static final String COLLECTION = "model_history";

    private final MongoTemplate mongo;

    public MongoModelHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A model's entries are read by model id in time order. Safe to repeat; also after a dropped database. */
    public void ensureIndexes() {
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("modelId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("model_at"));
    }

    @Override
    public void record(HistoryEntry entry) {
        recordAll(List.of(entry));
    }

    /** One bulk of upserts by {@code _id}; entries kept already stay as they are. */
    @Override
    public void recordAll(List<HistoryEntry> entries) {
        if (entries.isEmpty()) return;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        entries.forEach(entry -> bulk.upsert(Query.query(where("_id").is(entry.eventId())), update(entry)));
        try {
            bulk.execute();
        } catch (DuplicateKeyException | BulkOperationException raced) {
            // the same event applied twice at once: the other one kept it; the rest of the bulk went on (unordered)
        }
    }

    private static Update update(HistoryEntry entry) {
        Update update = new Update().setOnInsert("modelId", entry.modelId())
                .setOnInsert("at", Date.from(entry.at()))
                .setOnInsert("action", entry.action().name());
        setOnInsertIfPresent(update, "actorUserId", entry.actorUserId());
        setOnInsertIfPresent(update, "actorUnitId", entry.actorUnitId());
        setOnInsertIfPresent(update, "reason", entry.reason());
        setOnInsertIfPresent(update, "detail", entry.detail());
        setOnInsertIfPresent(update, "correlationId", entry.correlationId());
        return update;
    }

    @Override
    public List<HistoryEntry> entries(String modelId) {
        return mongo.find(Query.query(where("modelId").is(modelId)), Document.class, COLLECTION).stream()
                .map(MongoModelHistory::entry).sorted(HistoryEntry.CHRONOLOGICAL).toList();
    }

    private static HistoryEntry entry(Document doc) {
        return new HistoryEntry(doc.getString("_id"), doc.getString("modelId"), doc.getDate("at").toInstant(),
                doc.getString("actorUserId"), doc.getString("actorUnitId"), ModelAction.named(doc.getString("action")),
                doc.getString("reason"), doc.getString("detail"), doc.getString("correlationId"));
    }

    private static void setOnInsertIfPresent(Update update, String key, Object value) {
        if (value != null) update.setOnInsert(key, value);
    }
}
