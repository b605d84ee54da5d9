package vn.thidua.embedded;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * {@link EmbeddedKafka}, {@link EmbeddedPostgresServer} and {@link EmbeddedMongo} started together (Kafka in
 * parallel with the other two): the start-up code of both the tests and the local stack.
 */
public final class EmbeddedServers implements InfrastructureServers {

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedMongo mongo;
    private boolean closed;

    private EmbeddedServers(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, EmbeddedMongo mongo) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.mongo = mongo;
    }

    /** Starts the three; the caller owns the result and must {@link #close()} it. */
    public static EmbeddedServers start(Options options) {
        long started = System.nanoTime();
        var dataDir = options.dataDir() == null ? null : options.dataDir().toAbsolutePath().normalize();
        EmbeddedKafka kafka = EmbeddedKafka.builder()
                .port(options.kafkaPort())
                .controllerPort(options.kafkaControllerPort())
                .dataDir(dataDir == null ? null : dataDir.resolve("kafka"))
                .build();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder()
                .port(options.postgresPort())
                .dataDir(dataDir == null ? null : dataDir.resolve("postgres"))
                .logFile(dataDir == null ? null : dataDir.resolve("logs").resolve("postgres.log"))
                // temporary data (tests) dies with the JVM: no need to wait for the disk; persistent data must
                .durable(dataDir != null)
                .build();
        // -Dthidua.mongo.memory=true: the stand-in in memory even with a data directory (forgets on stop), to
        // measure what its H2 file costs (the benchmark README)
        EmbeddedMongo mongo = dataDir == null || Boolean.getBoolean("thidua.mongo.memory")
                ? EmbeddedMongo.inMemory(options.mongoPort())
                : EmbeddedMongo.h2File(dataDir.resolve("mongo").resolve("mongo.mv"), options.mongoPort());
        EmbeddedServers servers = new EmbeddedServers(kafka, postgres, mongo);

        // the broker is a child JVM: let it boot while PostgreSQL and MongoDB start here
        CompletableFuture<EmbeddedKafka> kafkaStarted = new CompletableFuture<>();
        Thread kafkaStarter = new Thread(() -> {
            try {
                kafkaStarted.complete(kafka.start());
            } catch (Throwable e) {
                kafkaStarted.completeExceptionally(e);
            }
        }, "thidua-kafka-start");
        kafkaStarter.setDaemon(true);
        kafkaStarter.start();
        try {
            postgres.start();
            mongo.start();
            kafkaStarted.get();
        } catch (RuntimeException | ExecutionException | InterruptedException e) {
            waitQuietly(kafkaStarted);
            servers.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e instanceof ExecutionException || e instanceof CompletionException ? e.getCause() : e;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Embedded infrastructure failed to start: " + cause, cause);
        }
        System.out.printf("[thidua] Embedded infrastructure ready in %d ms: kafka=%s postgres=localhost:%d mongo=%s%n",
                (System.nanoTime() - started) / 1_000_000, kafka.bootstrapServers(), postgres.port(), mongo.uri());
        return servers;
    }

    private static void waitQuietly(CompletableFuture<?> future) {
        try {
            future.get();
        } catch (Exception ignored) {
            // already failing
        }
    }

    @Override
    public String mode() {
        return "embedded";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.uri();
    }

    @Override
    public String postgresHost() {
        return postgres.host();
    }

    @Override
    public int postgresPort() {
        return postgres.port();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    /** The H2-file backend (persistent data) keeps its data; the memory backend (temporary data) loses it. */
    @Override
    public void stopMongo() {
        mongo.stop();
    }

    @Override
    public void startMongo() {
        mongo.start();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (AutoCloseable component : new AutoCloseable[] {kafka, mongo, postgres}) {
            try {
                component.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Stopping the embedded infrastructure failed: " + e, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Where and on which ports the three run. {@code dataDir} {@code null}: temporary data (deleted on close) and
     * the MongoDB memory backend; otherwise {@code <dataDir>/kafka}, {@code <dataDir>/postgres},
     * {@code <dataDir>/mongo/mongo.mv} (H2 backend) and {@code <dataDir>/logs/postgres.log}. A port 0 is a free one.
     */
    public record Options(Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort, int mongoPort) {

        /** Temporary data, random free ports: what tests use. */
        public static Options temporary() {
            return new Options(null, 0, 0, 0, 0);
        }

        /** Persistent data under {@code dataDir}, random free ports (see {@link #withPorts}). */
        public static Options persistent(Path dataDir) {
            return new Options(dataDir, 0, 0, 0, 0);
        }

        public Options withPorts(int kafka, int kafkaController, int postgres, int mongo) {
            return new Options(dataDir, kafka, kafkaController, postgres, mongo);
        }
    }
}
