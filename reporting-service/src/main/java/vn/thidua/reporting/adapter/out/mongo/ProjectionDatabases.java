package vn.thidua.reporting.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.reporting.application.ProjectionGenerations;

import java.util.Date;
import java.util.function.Supplier;

/**
 * The projection's generations as MongoDB databases: every {@code MongoTemplate} of the service reads and writes
 * the active one (named in {@value #POINTER} of the configured database, which is active until a first rebuild), or on
 * a rebuilding thread the fresh one ({@link ProjectionDatabaseConfig} routes the database factory through
 * {@link #current()}). Collection names never change, so every store follows a switch.
 */
public class ProjectionDatabases implements ProjectionGenerations {

    static final String POINTER = "projection_database";

    private static final Logger log = LoggerFactory.getLogger(ProjectionDatabases.class);

    private final MongoClient client;
    private final String configured;
    private final ThreadLocal<String> pinned = new ThreadLocal<>();
    private volatile String active;

    public ProjectionDatabases(MongoClient client, String configured) {
        this.client = client;
        this.configured = configured;
        Document pointer = pointers().find(Filters.eq("_id", "active")).limit(1).first();
        this.active = pointer == null ? configured : pointer.getString("database");
    }

    /** The database of this thread: the pinned one, else the active one. */
    String current() {
        String name = pinned.get();
        return name != null ? name : active;
    }

    @Override
    public String active() {
        return active;
    }

    @Override
    public String fresh() {
        return configured + "_r" + System.currentTimeMillis();
    }

    @Override
    public <T> T within(String generation, Supplier<T> work) {
        String before = pinned.get();
        pinned.set(generation);
        try {
            return work.get();
        } finally {
            if (before == null) pinned.remove(); else pinned.set(before);
        }
    }

    @Override
    public synchronized void switchTo(String generation) {
        String old = active;
        pointers().replaceOne(Filters.eq("_id", "active"), new Document("_id", "active")
                .append("database", generation).append("switchedAt", new Date()), new ReplaceOptions().upsert(true));
        active = generation;
        log.info("The projection now answers from database {} (was {})", generation, old);
        if (old.equals(configured)) {
            // the configured database keeps the pointer: empty its other collections
            MongoDatabase database = client.getDatabase(configured);
            for (String name : database.listCollectionNames()) {
                if (!name.equals(POINTER)) database.getCollection(name).drop();
            }
        } else if (!old.equals(generation)) {
            client.getDatabase(old).drop();
        }
    }

    private MongoCollection<Document> pointers() {
        return client.getDatabase(configured).getCollection(POINTER);
    }
}
