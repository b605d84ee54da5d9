package vn.thidua.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky: binaries shipped in a jar, extracted to {@code /tmp/embedded-pg} on first use)
 * with role {@code thidua}/{@code thidua} and the {@link PostgresDatabases}. With a data directory it is persistent
 * (role and databases created only when missing). Authentication is {@code trust} on localhost (zonky runs
 * {@code initdb -A trust}): fine for tests and the local stack. Zonky's binaries start fine as root.
 */
public final class EmbeddedPostgresServer extends EmbeddedServer {

    private final Path logFile;
    private final boolean durable;
    private int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Builder builder) {
        super(builder, "postgres");
        this.port = builder.port;
        this.logFile = builder.logFile;
        this.durable = builder.durable;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts PostgreSQL (initdb on first use) and creates the role and databases if missing. Idempotent. */
    @Override
    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir().getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port != 0) {
                builder.setPort(port);
            }
            // zonky turns synchronous_commit off: a commit the API acknowledged could vanish in a crash
            builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
            builder.setServerConfig("fsync", durable ? "on" : "off");
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                builder.setOutputRedirector(Redirect.appendTo(logFile.toFile()));
                builder.setErrorRedirector(Redirect.appendTo(logFile.toFile()));
            }
            postgres = builder.start();
            port = postgres.getPort();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                PostgresDatabases.ensure(connection);
            }
        } catch (IOException | SQLException e) {
            stop();
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir()
                    + (logFile == null ? "" : " (log: " + logFile + ")") + ": " + e.getMessage(), e);
        }
        System.out.printf("[thidua] PostgreSQL ready on localhost:%d in %d ms (data %s)%n",
                port, (System.nanoTime() - started) / 1_000_000, dataDir());
        return this;
    }

    /** Stops PostgreSQL ({@code pg_ctl stop -m fast}). Idempotent; a later {@link #start()} reuses port and data. */
    @Override
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
            } finally {
                postgres = null;
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public String host() {
        return "localhost";
    }

    /** The port (after {@link #start()} when it was chosen at random). */
    public synchronized int port() {
        return port;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}. */
    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(host(), port(), database);
    }

    /** Configuration of an {@link EmbeddedPostgresServer} (the data directory is PGDATA); every setting is optional. */
    public static final class Builder extends EmbeddedServer.Builder<Builder> {
        private Path logFile;
        private boolean durable = true;

        private Builder() {
        }

        /**
         * Whether a commit is on disk before it is acknowledged ({@code synchronous_commit} and {@code fsync} on):
         * the default. Only tests, whose data dies with them, may turn it off for speed.
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** Where initdb/postgres output goes; default: SLF4J logging (zonky's default). Not inside PGDATA. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public EmbeddedPostgresServer build() {
            return new EmbeddedPostgresServer(this);
        }
    }
}
