package vn.thidua.testsupport;

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
 * A real PostgreSQL server (zonky {@link EmbeddedPostgres}: PostgreSQL binaries shipped in a jar, extracted to
 * {@code /tmp/embedded-pg} on first use) with role {@code thidua}/{@code thidua} and the databases
 * {@code registration}, {@code review} and {@code award}.
 * <p>
 * With a {@linkplain Builder#dataDir(Path) data directory} the cluster is persistent (never wiped, the
 * role/databases are created only when missing); without, it lives in a temporary directory removed on
 * {@link #close()}. Zonky's binaries start fine when the JVM runs as root (verified: no work-around needed).
 * Authentication is {@code trust} on localhost (zonky runs {@code initdb -A trust}): fine for tests and the
 * local stack, which only listen on localhost.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final Path dataDir;
    private final boolean temporaryDataDir;
    private final Path logFile;
    private int port;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Builder builder) {
        this.port = builder.port;
        this.logFile = builder.logFile;
        if (builder.dataDir == null) {
            try {
                Path parent = Files.createTempDirectory("thidua-postgres-");
                this.dataDir = parent.resolve("pgdata");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.temporaryDataDir = true;
        } else {
            this.dataDir = builder.dataDir.toAbsolutePath().normalize();
            this.temporaryDataDir = false;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts PostgreSQL (initdb on first use) and creates the role and databases if missing. Idempotent. */
    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port != 0) {
                builder.setPort(port);
            }
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
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir
                    + (logFile == null ? "" : " (log: " + logFile + ")") + ": " + e.getMessage(), e);
        }
        System.out.printf("[thidua] PostgreSQL ready on localhost:%d in %d ms (data %s)%n",
                port, (System.nanoTime() - started) / 1_000_000, dataDir);
        return this;
    }

    /** Stops PostgreSQL ({@code pg_ctl stop -m fast}). Idempotent; a later {@link #start()} reuses port and data. */
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

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporaryDataDir) {
            ChildProcesses.deleteRecursively(dataDir.getParent());
        }
    }

    public String host() {
        return "localhost";
    }

    /** The port (after {@link #start()} when it was chosen at random). */
    public synchronized int port() {
        return port;
    }

    public String username() {
        return PostgresDatabases.USERNAME;
    }

    public String password() {
        return PostgresDatabases.PASSWORD;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}. */
    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(host(), port(), database);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Configuration of an {@link EmbeddedPostgresServer}; every setting is optional. */
    public static final class Builder {
        private int port;
        private Path dataDir;
        private Path logFile;

        private Builder() {
        }

        /** 0 (default): a random free port, kept across restarts of this instance. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** PGDATA; makes the server persistent. Default: a temporary directory deleted by {@link #close()}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
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
