package vn.thidua.embedded;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 file backend with one change: an index's keys are compared without serializing both on
 * every step of a search. The stock index map orders its keys by their Java-serialized bytes and serializes the
 * probe and each key it passes; here each key's bytes are computed once while the key is in memory. Same order,
 * same file format: a file written by either backend opens in the other. README, "The MongoDB stand-in".
 */
final class H2StandInBackend extends H2Backend {

    H2StandInBackend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        MVStore store = getMvStore();
        // the superclass opens the existing indexes in its constructor: the captured store is already set then
        return new H2Database(databaseName, store, getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                            boolean sparse) {
                // opened here first with the caching key type, the superclass's openMap finds it open
                store.openMap(getFullCollectionNamespace(collection) + "._index_" + index,
                        new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
                return super.openOrCreateUniqueIndex(collection, index, keys, sparse);
            }
        };
    }

    /**
     * {@link ObjectDataType} (the stock key type: the stored format is its own) whose comparison of two
     * {@link KeyValue}s is the stock one, {@link ObjectDataType#compareNotNull} of their serialized bytes, with the
     * bytes kept per key object for as long as it lives.
     */
    static final class IndexKeyType extends ObjectDataType {

        private final SerializedBytes serialized = new SerializedBytes();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue && b instanceof KeyValue) {
                return a == b ? 0 : compareNotNull(serialized.of(a), serialized.of(b));
            }
            return super.compare(a, b);
        }
    }

    /** Serialized bytes by object identity, dropped when the object is collected. */
    static final class SerializedBytes {

        /** A bound for a burst of probes between two collections: beyond it, start afresh. */
        private static final int MAX_ENTRIES = 500_000;

        private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
        private final ConcurrentHashMap<Identity, byte[]> bytes = new ConcurrentHashMap<>();

        byte[] of(Object key) {
            for (Object gone; (gone = collected.poll()) != null; ) bytes.remove(gone);
            byte[] known = bytes.get(new Identity(key, null));
            if (known != null) return known;
            if (bytes.size() >= MAX_ENTRIES) bytes.clear();
            byte[] computed = ObjectDataType.serialize(key);
            bytes.put(new Identity(key, collected), computed);
            return computed;
        }

        int size() {
            return bytes.size();
        }

        private static final class Identity extends WeakReference<Object> {
            private final int hash;

            Identity(Object referent, ReferenceQueue<Object> queue) {
                super(referent, queue);
                this.hash = System.identityHashCode(referent);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public boolean equals(Object other) {
                if (this == other) return true;
                if (!(other instanceof Identity that)) return false;
                Object referent = get();
                return referent != null && referent == that.get();
            }
        }
    }
}
