package vn.thidua.testsupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka, PostgreSQL and MongoDB for tests (and, through {@link #startEmbedded(EmbeddedOptions)}, for the
 * local stack).
 * <p>
 * {@link #shared()} gives the one instance of the test JVM, started lazily on first use and stopped by a JVM
 * shutdown hook. Its mode is chosen by the system property {@value #MODE_PROPERTY}:
 * <ul>
 *   <li>{@code embedded} (default) — {@link EmbeddedKafka} (real broker, KRaft, child JVM),
 *       {@link EmbeddedPostgresServer} (real PostgreSQL) and {@link EmbeddedMongo} (mongo-java-server, memory
 *       backend), random free ports, temporary data. Needs nothing but the JDK.</li>
 *   <li>{@code containers} — Testcontainers {@code apache/kafka:3.9.2}, {@code postgres:16-alpine},
 *       {@code mongo:7}; needs a Docker engine.</li>
 * </ul>
 * Services read the addresses from the keys of {@link #springProperties()}.
 */
public abstract class Infrastructure implements AutoCloseable {

    /** System property selecting the mode of {@link #shared()}: {@code embedded} (default) or {@code containers}. */
    public static final String MODE_PROPERTY = "thidua.infra";

    public static final String KAFKA_BOOTSTRAP_SERVERS = "thidua.kafka.bootstrap-servers";
    public static final String POSTGRES_HOST = "thidua.postgres.host";
    public static final String POSTGRES_PORT = "thidua.postgres.port";
    public static final String POSTGRES_USERNAME = "thidua.postgres.username";
    public static final String POSTGRES_PASSWORD = "thidua.postgres.password";
    public static final String MONGO_URI = "thidua.mongo.uri";

    private static Infrastructure shared;
    private static RuntimeException sharedFailure;

    Infrastructure() {
    }

    /**
     * The infrastructure of this JVM: started on first call (mode from {@value #MODE_PROPERTY}), stopped by a
     * shutdown hook. A start-up failure is remembered and rethrown by later calls (no second 60 s wait).
     */
    public static synchronized Infrastructure shared() {
        if (shared != null) {
            return shared;
        }
        if (sharedFailure != null) {
            throw new IllegalStateException("The shared infrastructure failed to start earlier in this JVM: "
                    + sharedFailure.getMessage(), sharedFailure);
        }
        String mode = System.getProperty(MODE_PROPERTY, "embedded").trim();
        try {
            Infrastructure infrastructure = switch (mode) {
                case "embedded", "" -> startEmbedded(EmbeddedOptions.temporary());
                case "containers" -> startContainers();
                default -> throw new IllegalArgumentException("Unknown -D" + MODE_PROPERTY + "=" + mode
                        + ": use 'embedded' (default) or 'containers'");
            };
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "thidua-infrastructure-stop"));
            shared = infrastructure;
            return infrastructure;
        } catch (RuntimeException e) {
            sharedFailure = e;
            throw e;
        }
    }

    /**
     * Starts embedded Kafka, PostgreSQL and MongoDB stand-in (Kafka in parallel with the other two). The caller
     * owns the result and must {@link #close()} it. This is the start-up code of both the tests and the local
     * stack.
     */
    public static Infrastructure startEmbedded(EmbeddedOptions options) {
        return EmbeddedInfrastructure.start(options);
    }

    /**
     * Starts the Testcontainers flavour. Fails at once with one clear message when no Docker engine is
     * available. The caller owns the result and must {@link #close()} it.
     */
    public static Infrastructure startContainers() {
        return ContainersInfrastructure.start();
    }

    /** {@code embedded} or {@code containers}. */
    public abstract String mode();

    public abstract String kafkaBootstrapServers();

    public abstract String mongoUri();

    public abstract String postgresHost();

    public abstract int postgresPort();

    public String postgresUsername() {
        return PostgresDatabases.USERNAME;
    }

    public String postgresPassword() {
        return PostgresDatabases.PASSWORD;
    }

    /** {@code jdbc:postgresql://host:port/database}; databases: {@code registration}, {@code review}, {@code award}. */
    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(postgresHost(), postgresPort(), database);
    }

    /**
     * Makes Kafka unreachable while keeping its address and data (embedded: the broker process is stopped;
     * containers: the container is paused). Returns when done.
     */
    public abstract void stopKafka();

    /** Brings Kafka back on the same address with the same data; returns once it answers. */
    public abstract void startKafka();

    /** Stops everything (and deletes temporary data). Idempotent. */
    @Override
    public abstract void close();

    /**
     * Exactly the keys the services' {@code application.yml} read: {@value #KAFKA_BOOTSTRAP_SERVERS},
     * {@value #POSTGRES_HOST}, {@value #POSTGRES_PORT}, {@value #POSTGRES_USERNAME}, {@value #POSTGRES_PASSWORD},
     * {@value #MONGO_URI}.
     */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers());
        properties.put(POSTGRES_HOST, postgresHost());
        properties.put(POSTGRES_PORT, Integer.toString(postgresPort()));
        properties.put(POSTGRES_USERNAME, postgresUsername());
        properties.put(POSTGRES_PASSWORD, postgresPassword());
        properties.put(MONGO_URI, mongoUri());
        return Map.copyOf(properties);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + springProperties();
    }

    /**
     * Where and on which ports the embedded infrastructure runs.
     *
     * @param dataDir             {@code null}: temporary data (deleted on close) and MongoDB memory backend;
     *                            otherwise persistent data in {@code <dataDir>/kafka}, {@code <dataDir>/postgres},
     *                            {@code <dataDir>/mongo/mongo.mv} (H2 backend), PostgreSQL log in
     *                            {@code <dataDir>/logs/postgres.log}
     * @param kafkaPort           0 = a free port
     * @param kafkaControllerPort 0 = a free port
     * @param postgresPort        0 = a free port
     * @param mongoPort           0 = a free port
     */
    public record EmbeddedOptions(Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort,
                                  int mongoPort) {

        /** Temporary data, random free ports: what tests use. */
        public static EmbeddedOptions temporary() {
            return new EmbeddedOptions(null, 0, 0, 0, 0);
        }

        /** Persistent data under {@code dataDir}, random free ports (see {@link #withPorts}). */
        public static EmbeddedOptions persistent(Path dataDir) {
            return new EmbeddedOptions(dataDir, 0, 0, 0, 0);
        }

        public EmbeddedOptions withPorts(int kafka, int kafkaController, int postgres, int mongo) {
            return new EmbeddedOptions(dataDir, kafka, kafkaController, postgres, mongo);
        }
    }
}
