package vn.thidua.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The stand-in's index keys keep the stock order and file format: files move both ways between the backends. */
class H2StandInBackendTest {

    @TempDir
    Path dir;

    @Test
    void keysCompareAsTheStockKeyTypeDoes() {
        Random random = new Random(7);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(switch (i % 5) {
                case 0 -> new KeyValue("mô hình " + random.nextInt(1000));
                case 1 -> new KeyValue(random.nextInt(1000));
                case 2 -> new KeyValue(random.nextLong());
                case 3 -> new KeyValue("xã " + random.nextInt(50), random.nextInt(3));
                default -> new KeyValue(random.nextDouble());
            });
        }
        ObjectDataType stock = new ObjectDataType();
        H2StandInBackend.IndexKeyType caching = new H2StandInBackend.IndexKeyType();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertEquals(Integer.signum(stock.compare(a, b)), Integer.signum(caching.compare(a, b)), a + " vs " + b);
            }
            KeyValue copy = new KeyValue(a.iterator().next());
            if (a.size() == 1) assertEquals(0, caching.compare(a, copy), "an equal key in another object");
        }
    }

    @Test
    void aFileMovesBetweenTheStockAndTheCachingBackend() {
        Path file = dir.resolve("mongo.mv");
        withServer(new H2Backend(MVStore.open(file.toString())), models -> {
            models.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 0; i < 1_500; i++) models.insertOne(model(i));
        });
        H2StandInBackend caching = new H2StandInBackend(MVStore.open(file.toString()));
        withServer(caching, models -> {
            List<String> indexes = caching.getMvStore().getMapNames().stream().filter(n -> n.contains("._index_")).toList();
            assertEquals(2, indexes.size(), "_id and code: " + indexes);
            indexes.forEach(name -> assertInstanceOf(H2StandInBackend.IndexKeyType.class,
                    caching.getMvStore().openMap(name).getKeyType(), name));
            for (int i = 0; i < 1_500; i++) {
                assertNotNull(models.find(new Document("_id", "model-" + i)).first(), "model-" + i);
                models.updateOne(new Document("_id", "model-" + i), Updates.set("recognized", true),
                        new UpdateOptions().upsert(true));
            }
            for (int i = 1_500; i < 3_000; i++) models.insertOne(model(i));
            assertEquals(3_000, models.countDocuments());
            assertThrows(MongoWriteException.class, () -> models.insertOne(new Document("_id", "other").append("code", 7)));
        });
        withServer(new H2Backend(MVStore.open(file.toString())), models -> {
            for (int i = 0; i < 3_000; i++) {
                Document found = models.find(new Document("_id", "model-" + i)).first();
                assertNotNull(found, "model-" + i);
                assertEquals(i < 1_500, Boolean.TRUE.equals(found.getBoolean("recognized")), "model-" + i);
            }
            assertThrows(MongoWriteException.class, () -> models.insertOne(model(2_999).append("_id", "again")));
        });
    }

    private static Document model(int i) {
        return new Document("_id", "model-" + i).append("code", i).append("title", "Mô hình Dân vận khéo " + i);
    }

    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            work.accept(client.getDatabase("reporting").getCollection("models"));
        } finally {
            server.shutdown();
        }
    }
}
