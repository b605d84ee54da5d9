package vn.thidua.reporting;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two generations of the projection field by field: every collection and document, leaving out where each
 * read up to ({@code positions}), which generation is active ({@code projection_database}) and what depends on how the
 * records were batched (a document's write count {@code version}, the time an id was marked {@code processedAt}, how
 * many batches changed the tree: {@code revisions}).
 */
final class ProjectionComparison {

    static final Set<String> METADATA_COLLECTIONS = Set.of("positions", "projection_database", "revisions");
    static final Set<String> METADATA_FIELDS = Set.of("version", "processedAt");

    private ProjectionComparison() {
    }

    /** Every difference as {@code collection/_id: field live ≠ rebuilt}; empty when the two are equal. */
    static List<String> differences(MongoDatabase live, MongoDatabase rebuilt) {
        Set<String> collections = new TreeSet<>();
        live.listCollectionNames().forEach(collections::add);
        rebuilt.listCollectionNames().forEach(collections::add);
        collections.removeAll(METADATA_COLLECTIONS);
        List<String> differences = new ArrayList<>();
        for (String collection : collections) {
            differences.addAll(differences(collection, documents(live, collection), documents(rebuilt, collection)));
        }
        return differences;
    }

    static List<String> differences(String collection, Map<Object, Document> live, Map<Object, Document> rebuilt) {
        List<String> differences = new ArrayList<>();
        Set<Object> ids = new TreeSet<>(java.util.Comparator.comparing(String::valueOf));
        ids.addAll(live.keySet());
        ids.addAll(rebuilt.keySet());
        for (Object id : ids) {
            Document a = live.get(id);
            Document b = rebuilt.get(id);
            String where = collection + "/" + id;
            if (a == null || b == null) {
                differences.add(where + ": " + (a == null ? "only rebuilt" : "only live"));
                continue;
            }
            Set<String> fields = new TreeSet<>(a.keySet());
            fields.addAll(b.keySet());
            fields.removeAll(METADATA_FIELDS);
            for (String field : fields) {
                if (!Objects.equals(a.get(field), b.get(field))) {
                    differences.add(where + ": " + field + " live=" + a.get(field) + " rebuilt=" + b.get(field));
                }
            }
        }
        return differences;
    }

    private static Map<Object, Document> documents(MongoDatabase database, String collection) {
        Map<Object, Document> byId = new TreeMap<>(java.util.Comparator.comparing(String::valueOf));
        database.getCollection(collection).find().forEach(d -> byId.put(d.get("_id"), d));
        return byId;
    }
}
