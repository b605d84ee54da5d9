package vn.thidua.reporting.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Repository;
import vn.thidua.reporting.application.deadline.ReminderLog;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@value #COLLECTION} log ({@code _id} = item|recipient|kind) in the configured database itself, not in a
 * projection generation: a rebuild and its switch keep it, so nothing is reminded twice.
 */
@Repository
public class MongoReminderLog implements ReminderLog {

    public static final String COLLECTION = "reminders_sent";

    private final MongoCollection<Document> sent;

    public MongoReminderLog(MongoClient client, MongoProperties properties) {
        this.sent = client.getDatabase(properties.getMongoClientDatabase()).getCollection(COLLECTION);
    }

    @Override
    public Set<String> sentAmong(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        if (keys.isEmpty()) return found;
        sent.find(Filters.in("_id", keys)).projection(new Document("_id", 1))
                .forEach(doc -> found.add(doc.getString("_id")));
        return found;
    }

    @Override
    public void markSent(Collection<String> keys) {
        if (keys.isEmpty()) return;
        Date now = new Date();
        List<UpdateOneModel<Document>> writes = keys.stream().map(key -> new UpdateOneModel<Document>(
                Filters.eq("_id", key), Updates.setOnInsert("sentAt", now), new UpdateOptions().upsert(true))).toList();
        sent.bulkWrite(writes);
    }
}
