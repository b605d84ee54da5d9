package vn.thidua.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB <em>wire-protocol stand-in</em> (mongo-java-server, in this JVM): the real driver talks to it over TCP
 * as to a MongoDB. It is <strong>not</strong> MongoDB (no transactions, no replica set, a partial query language;
 * see the module README): good enough for tests and the local stack. {@link #inMemory(int)} for tests,
 * {@link #h2File(Path, int)} (an H2 MVStore file) for the persistent local stack.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** H2's page cache for the file backend, in MiB, from {@code thidua.mongo.cache-mib}; the launcher's heap holds it. */
    static final int CACHE_MIB = Integer.getInteger("thidua.mongo.cache-mib", 128);

    private final Path file;
    private int port;
    private MongoServer server;

    private EmbeddedMongo(Path file, int port) {
        this.file = file == null ? null : file.toAbsolutePath().normalize();
        this.port = port;
    }

    /** Memory backend: data lives as long as this JVM. {@code port} 0 picks a free port (kept on restart). */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(null, port);
    }

    /** H2 MVStore file backend: data survives restarts. {@code port} 0 picks a free port (kept on restart). */
    public static EmbeddedMongo h2File(Path file, int port) {
        return new EmbeddedMongo(file, port);
    }

    /** Binds localhost:port. Idempotent. */
    public synchronized EmbeddedMongo start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        MongoBackend backend;
        if (file == null) {
            backend = new MemoryBackend();
        } else {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // H2's default page cache (16 MB) makes every read of a grown collection deserialize pages again
            backend = new H2StandInBackend(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MIB).open());
        }
        MongoServer candidate = new MongoServer(backend);
        try {
            candidate.bind("localhost", port);
        } catch (RuntimeException e) {
            candidate.shutdownNow();
            throw new IllegalStateException("Could not bind the embedded MongoDB to localhost:" + port
                    + ": " + e.getMessage(), e);
        }
        InetSocketAddress address = candidate.getLocalAddress();
        port = address.getPort();
        server = candidate;
        System.out.printf("[thidua] MongoDB stand-in (mongo-java-server, %s) ready on localhost:%d in %d ms%n",
                file == null ? "memory" : "H2 file " + file, port, (System.nanoTime() - started) / 1_000_000);
        return this;
    }

    /** Closes the connections and the backend (the H2 file is committed and closed). Idempotent. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.shutdown();
            } finally {
                server = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port (after {@link #start()} when it was chosen at random). */
    public synchronized int port() {
        return port;
    }

    /** {@code mongodb://localhost:<port>}. */
    public String uri() {
        return "mongodb://localhost:" + port();
    }

    /** The H2 file, or {@code null} for the memory backend. */
    public Path file() {
        return file;
    }
}
