package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.deadline.DeadlineStore;
import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineChange;
import vn.thidua.reporting.domain.deadline.DeadlineKind;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@value #COLLECTION} projection: one document per item ({@code _id} = item id), one bulk of upserts by
 * {@code _id} per batch. A due change {@code $set}s the item's facts, a clearing {@code $min}s {@code clearedAt}:
 * disjoint fields, so any order and any redelivery fold to the same document.
 */
@Repository
public class MongoDeadlines implements DeadlineStore {

    public static final String COLLECTION = "deadlines";

    private final MongoTemplate mongo;

    public MongoDeadlines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void applyAll(List<DeadlineChange> changes) {
        if (changes.isEmpty()) return;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
        for (DeadlineChange change : changes) {
            Update update;
            if (change.due() != null) {
                Deadline d = change.due();
                update = new Update().set("kind", d.kind().name()).set("unitId", d.unitId())
                        .set("subtree", d.subtree()).set("dueOn", d.dueOn().toString());
                setOrUnset(update, "campaignId", d.campaignId());
                setOrUnset(update, "title", d.title());
                setOrUnset(update, "detail", d.detail());
                if (d.setAt() != null) update.min("setAt", Date.from(d.setAt()));
            } else {
                update = new Update().min("clearedAt", Date.from(change.clearedAt()));
            }
            bulk.upsert(Query.query(where("_id").is(change.id())), update);
        }
        bulk.execute();
    }

    @Override
    public List<Deadline> items() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .filter(doc -> doc.getString("dueOn") != null && doc.getString("kind") != null)
                .map(MongoDeadlines::item).toList();
    }

    private static Deadline item(Document doc) {
        Date cleared = doc.getDate("clearedAt");
        Date set = doc.getDate("setAt");
        return new Deadline(doc.getString("_id"), DeadlineKind.valueOf(doc.getString("kind")),
                doc.getString("campaignId"), doc.getString("unitId"), Boolean.TRUE.equals(doc.getBoolean("subtree")),
                doc.getString("title"), doc.getString("detail"), LocalDate.parse(doc.getString("dueOn")),
                cleared == null ? null : cleared.toInstant(), set == null ? null : set.toInstant());
    }

    private static void setOrUnset(Update update, String key, Object value) {
        if (value != null) update.set(key, value); else update.unset(key);
    }
}
