package vn.thidua.testsupport;

import vn.thidua.embedded.EmbeddedServers;
import vn.thidua.embedded.InfrastructureServers;

/**
 * Kafka, PostgreSQL and MongoDB for tests. {@link #shared()} is the one instance of the test JVM, started on
 * first use, stopped by a shutdown hook; {@value #MODE_PROPERTY} chooses {@code embedded} (default: the
 * {@link EmbeddedServers}, random ports, temporary data) or {@code containers} (Testcontainers, needs Docker).
 * Services read the addresses from the keys of {@link #springProperties()}.
 */
public final class Infrastructure implements InfrastructureServers {

    /** System property selecting the mode of {@link #shared()}: {@code embedded} (default) or {@code containers}. */
    public static final String MODE_PROPERTY = "thidua.infra";

    private static Infrastructure shared;
    private static RuntimeException sharedFailure;

    private final InfrastructureServers servers;

    private Infrastructure(InfrastructureServers servers) {
        this.servers = servers;
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
                case "embedded", "" -> startEmbedded(EmbeddedServers.Options.temporary());
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

    /** Starts embedded Kafka, PostgreSQL and MongoDB stand-in. The caller owns the result and must close it. */
    public static Infrastructure startEmbedded(EmbeddedServers.Options options) {
        return new Infrastructure(EmbeddedServers.start(options));
    }

    /**
     * Starts the Testcontainers flavour. Fails at once with one clear message when no Docker engine is
     * available. The caller owns the result and must {@link #close()} it.
     */
    public static Infrastructure startContainers() {
        return new Infrastructure(ContainersInfrastructure.start());
    }

    @Override
    public String mode() {
        return servers.mode();
    }

    @Override
    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return servers.mongoUri();
    }

    @Override
    public String postgresHost() {
        return servers.postgresHost();
    }

    @Override
    public int postgresPort() {
        return servers.postgresPort();
    }

    /** Embedded: the broker process is stopped; containers: the container is paused. */
    @Override
    public void stopKafka() {
        servers.stopKafka();
    }

    @Override
    public void startKafka() {
        servers.startKafka();
    }

    @Override
    public void stopMongo() {
        servers.stopMongo();
    }

    @Override
    public void startMongo() {
        servers.startMongo();
    }

    @Override
    public void close() {
        servers.close();
    }

    @Override
    public String toString() {
        return servers.getClass().getSimpleName() + springProperties();
    }
}
