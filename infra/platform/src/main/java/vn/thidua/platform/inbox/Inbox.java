package vn.thidua.platform.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.platform.messaging.InboundEvent;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Applies each inbound event id once, whatever Kafka redelivers. The id is recorded after the work
 * succeeded: a crash in between redelivers the event, so the work itself must tolerate a repeat (commands
 * target deterministic aggregate ids, and a repeat is refused as a duplicate) — the inbox makes the normal
 * redelivery cheap and silent, the deterministic ids make the rare crash window safe.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final MongoCollection<Document> processed;

    public Inbox(MongoDatabase database) {
        this.processed = database.getCollection("inbox");
    }

    public boolean alreadyProcessed(String eventId) {
        return processed.find(new Document("_id", eventId)).limit(1).first() != null;
    }

    /** @return true when the work ran, false when the event had been applied before */
    public boolean processOnce(InboundEvent event, Consumer<InboundEvent> work) {
        if (alreadyProcessed(event.id())) {
            log.debug("Event {} already applied, skipping", event.id());
            return false;
        }
        work.accept(event);
        try {
            processed.insertOne(new Document("_id", event.id()).append("type", event.type().ceType())
                    .append("topic", event.topic()).append("partition", event.partition())
                    .append("offset", event.offset()).append("processedAt", Instant.now().toString()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) throw e;
        }
        return true;
    }
}
