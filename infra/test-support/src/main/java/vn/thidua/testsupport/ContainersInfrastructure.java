package vn.thidua.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import vn.thidua.embedded.InfrastructureServers;
import vn.thidua.embedded.PostgresDatabases;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/** The containers mode of {@link Infrastructure}: {@code apache/kafka:3.9.2}, {@code postgres:16-alpine}, {@code mongo:7}. */
final class ContainersInfrastructure implements InfrastructureServers {

    static final String KAFKA_IMAGE = "apache/kafka:3.9.2";
    static final String POSTGRES_IMAGE = "postgres:16-alpine";
    static final String MONGO_IMAGE = "mongo:7";

    private final KafkaContainer kafka;
    private final PostgreSQLContainer<?> postgres;
    private final MongoDBContainer mongo;
    private boolean kafkaPaused;
    private boolean closed;

    private ContainersInfrastructure(KafkaContainer kafka, PostgreSQLContainer<?> postgres, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.mongo = mongo;
    }

    static ContainersInfrastructure start() {
        boolean dockerAvailable;
        try {
            dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            dockerAvailable = false;
        }
        if (!dockerAvailable) {
            throw new IllegalStateException("-D" + Infrastructure.MODE_PROPERTY + "=containers needs a Docker engine, but "
                    + "Testcontainers found none: start Docker, or drop -D" + Infrastructure.MODE_PROPERTY
                    + " to use the embedded infrastructure (the default).");
        }
        long started = System.nanoTime();
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withEnv("KAFKA_LOG_RETENTION_MS", "-1")
                .withEnv("KAFKA_LOG_RETENTION_BYTES", "-1")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1");
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE))
                .withUsername(PostgresDatabases.USERNAME)
                .withPassword(PostgresDatabases.PASSWORD)
                .withDatabaseName(PostgresDatabases.DATABASES.get(0));
        MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
        ContainersInfrastructure infrastructure = new ContainersInfrastructure(kafka, postgres, mongo);
        try {
            Startables.deepStart(kafka, postgres, mongo).join();
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(),
                    PostgresDatabases.USERNAME, PostgresDatabases.PASSWORD)) {
                PostgresDatabases.ensure(connection);
            }
        } catch (RuntimeException | SQLException e) {
            infrastructure.close();
            throw new IllegalStateException("Starting the Testcontainers infrastructure failed: " + e.getMessage(), e);
        }
        System.out.printf("[thidua] Containers infrastructure ready in %d ms: kafka=%s postgres=%s:%d mongo=%s%n",
                (System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrapServers(),
                infrastructure.postgresHost(), infrastructure.postgresPort(), infrastructure.mongoUri());
        return infrastructure;
    }

    @Override
    public String mode() {
        return "containers";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public String postgresHost() {
        return postgres.getHost();
    }

    @Override
    public int postgresPort() {
        return postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    /** Pauses the container: the mapped port stays, the broker does not answer. */
    @Override
    public synchronized void stopKafka() {
        if (!kafkaPaused) {
            DockerClientFactory.instance().client().pauseContainerCmd(kafka.getContainerId()).exec();
            kafkaPaused = true;
        }
    }

    @Override
    public synchronized void startKafka() {
        if (kafkaPaused) {
            DockerClientFactory.instance().client().unpauseContainerCmd(kafka.getContainerId()).exec();
            kafkaPaused = false;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (kafkaPaused) {
            try {
                startKafka();
            } catch (RuntimeException ignored) {
                // stopping anyway
            }
        }
        kafka.stop();
        mongo.stop();
        postgres.stop();
    }
}
