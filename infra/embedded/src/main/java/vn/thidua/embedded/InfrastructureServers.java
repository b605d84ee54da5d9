package vn.thidua.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka, PostgreSQL and MongoDB as the services see them: their addresses, the Spring keys that carry them
 * ({@link #springProperties()}) and Kafka taken away and brought back. Embedded ({@link EmbeddedServers}) or, in
 * tests, containers.
 */
public interface InfrastructureServers extends AutoCloseable {

    String KAFKA_BOOTSTRAP_SERVERS = "thidua.kafka.bootstrap-servers";
    String POSTGRES_HOST = "thidua.postgres.host";
    String POSTGRES_PORT = "thidua.postgres.port";
    String POSTGRES_USERNAME = "thidua.postgres.username";
    String POSTGRES_PASSWORD = "thidua.postgres.password";
    String MONGO_URI = "thidua.mongo.uri";

    /** {@code embedded} or {@code containers}. */
    String mode();

    String kafkaBootstrapServers();

    String mongoUri();

    String postgresHost();

    int postgresPort();

    default String postgresUsername() {
        return PostgresDatabases.USERNAME;
    }

    default String postgresPassword() {
        return PostgresDatabases.PASSWORD;
    }

    /** {@code jdbc:postgresql://host:port/database}; databases: {@link PostgresDatabases#DATABASES}. */
    default String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(postgresHost(), postgresPort(), database);
    }

    /** Makes Kafka unreachable while keeping its address and data. Returns when done. */
    void stopKafka();

    /** Brings Kafka back on the same address with the same data; returns once it answers. */
    void startKafka();

    /**
     * Takes the MongoDB server away (connections closed, port free) while keeping its address; with a persistent
     * backend its data too. For fault tests; not every kind of infrastructure can.
     */
    default void stopMongo() {
        throw new UnsupportedOperationException("This infrastructure (" + mode() + ") cannot stop MongoDB");
    }

    /** Brings MongoDB back on the same address; returns once it listens. */
    default void startMongo() {
        throw new UnsupportedOperationException("This infrastructure (" + mode() + ") cannot start MongoDB");
    }

    /** Stops everything (and deletes temporary data). Idempotent. */
    @Override
    void close();

    /**
     * Exactly the keys the services' {@code application.yml} read: {@value #KAFKA_BOOTSTRAP_SERVERS},
     * {@value #POSTGRES_HOST}, {@value #POSTGRES_PORT}, {@value #POSTGRES_USERNAME}, {@value #POSTGRES_PASSWORD},
     * {@value #MONGO_URI}.
     */
    default Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers());
        properties.put(POSTGRES_HOST, postgresHost());
        properties.put(POSTGRES_PORT, Integer.toString(postgresPort()));
        properties.put(POSTGRES_USERNAME, postgresUsername());
        properties.put(POSTGRES_PASSWORD, postgresPassword());
        properties.put(MONGO_URI, mongoUri());
        return Map.copyOf(properties);
    }
}
