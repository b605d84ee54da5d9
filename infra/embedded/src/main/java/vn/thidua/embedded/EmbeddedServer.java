package vn.thidua.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server of this JVM's making with a port and a data directory: the configured directory (kept), or a fresh
 * temporary one deleted by {@link #close()}. {@link #start()} and {@link #stop()} are idempotent, and a restart
 * keeps the port and the data.
 */
public abstract class EmbeddedServer implements AutoCloseable {

    private final Path dataDir;
    private final Path temporaryRoot;

    /** @param name of the temporary directory ({@code thidua-<name>-*}) and of the data directory inside it */
    protected EmbeddedServer(Builder<?> builder, String name) {
        if (builder.dataDir == null) {
            try {
                this.temporaryRoot = Files.createTempDirectory("thidua-" + name + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.dataDir = temporaryRoot.resolve(name);
        } else {
            this.temporaryRoot = null;
            this.dataDir = builder.dataDir.toAbsolutePath().normalize();
        }
    }

    public abstract EmbeddedServer start();

    public abstract void stop();

    public abstract boolean isRunning();

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server and deletes the data directory if it was a temporary one. */
    @Override
    public synchronized void close() {
        stop();
        if (temporaryRoot != null) {
            ChildProcesses.deleteRecursively(temporaryRoot);
        }
    }

    /** The settings every embedded server has; both optional. */
    public abstract static class Builder<B extends Builder<B>> {
        int port;
        Path dataDir;

        protected Builder() {
        }

        /** 0 (default): a free port, chosen once and kept across restarts of this instance. */
        public B port(int port) {
            this.port = port;
            return self();
        }

        /** Makes the server persistent; default: a temporary directory deleted by {@link EmbeddedServer#close()}. */
        public B dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return self();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
