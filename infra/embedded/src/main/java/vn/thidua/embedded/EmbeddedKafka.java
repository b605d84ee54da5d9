package vn.thidua.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (the {@code kafka_2.13} jars on the class path) in KRaft mode, broker and controller
 * in one child JVM. Retention is unlimited: the topics are the replay log. A {@link #stop()} then {@link #start()}
 * keeps ports and data, and clients reconnect by themselves. The data directory is Kafka's {@code log.dirs} and
 * holds {@code server.properties}, {@code kafka-logback.xml} and {@code kafka.log} (the broker's output).
 */
public final class EmbeddedKafka extends EmbeddedServer {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final Duration startupTimeout;
    private final List<String> jvmArgs;
    private final Map<String, String> serverProperties;
    private final Map<String, Object> clientProperties;

    private Process process;

    private EmbeddedKafka(Builder builder) {
        super(builder, "kafka");
        this.port = builder.port == 0 ? Ports.freePort() : builder.port;
        int controller = builder.controllerPort;
        while (controller == 0 || controller == this.port) {
            controller = Ports.freePort();
        }
        this.controllerPort = controller;
        this.classpath = builder.classpath != null ? builder.classpath : ChildProcesses.effectiveClasspath();
        this.startupTimeout = builder.startupTimeout;
        this.jvmArgs = List.copyOf(builder.jvmArgs);
        this.serverProperties = Map.copyOf(builder.serverProperties);
        this.clientProperties = Map.copyOf(builder.clientProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the storage if needed, starts the broker and waits until it answers an AdminClient
     * {@code describeCluster} (at most the start-up timeout, 60 s by default). Does nothing if it is running.
     *
     * @throws IllegalStateException when the broker exits or does not answer in time; the message includes
     *                               the end of {@link #logFile()}
     */
    @Override
    public synchronized EmbeddedKafka start() {
        if (isRunning()) {
            return this;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir());
            Path properties = writeServerProperties();
            Path logback = writeLogbackConfig();
            if (!Files.exists(dataDir().resolve("meta.properties"))) {
                format(properties);
            }
            List<String> command = new ArrayList<>();
            command.add(ChildProcesses.javaBinary());
            command.addAll(jvmArgs);
            command.add("-Dlogback.configurationFile=" + logback);
            command.addAll(ChildProcesses.classpathArguments(classpath, dataDir().resolve("kafka-classpath.args")));
            command.add(KafkaServerMain.class.getName());
            command.add(Long.toString(ProcessHandle.current().pid()));
            command.add(properties.toString());
            process = new ProcessBuilder(command)
                    .directory(dataDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker in " + dataDir(), e);
        }
        try {
            awaitReady();
        } catch (RuntimeException e) {
            ChildProcesses.stop(process, Duration.ofSeconds(5));
            process = null;
            throw e;
        }
        System.out.printf("[thidua] Kafka broker ready on %s in %d ms (data %s)%n",
                bootstrapServers(), (System.nanoTime() - started) / 1_000_000, dataDir());
        return this;
    }

    /** Stops the broker gracefully (SIGTERM, then SIGKILL after 30 s). Idempotent; data and ports are kept. */
    @Override
    public synchronized void stop() {
        if (process != null) {
            ChildProcesses.stop(process, STOP_GRACE);
            process = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code localhost:<port>}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** What a client needs besides the bootstrap servers (SASL settings of a broker built with them; else empty). */
    public Map<String, Object> clientProperties() {
        return clientProperties;
    }

    /** stdout + stderr of the broker child process. */
    public Path logFile() {
        return dataDir().resolve("kafka.log");
    }

    private Path writeServerProperties() throws IOException {
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", dataDir().toString());
        config.put("num.partitions", "3");
        config.put("default.replication.factor", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("min.insync.replicas", "1");
        // the topics are the replay log: keep every event, forever
        config.put("log.retention.ms", "-1");
        config.put("log.retention.bytes", "-1");
        config.put("auto.create.topics.enable", "true");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.putAll(serverProperties);
        Properties properties = new Properties();
        properties.putAll(config);
        Path file = dataDir().resolve("server.properties");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "Generated by vn.thidua.embedded.EmbeddedKafka - rewritten on every start");
        }
        return file;
    }

    private Path writeLogbackConfig() throws IOException {
        Path file = dataDir().resolve("kafka-logback.xml");
        Files.writeString(file, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="org.apache.kafka.clients" level="WARN"/>
                  <logger name="state.change.logger" level="WARN"/>
                  <logger name="kafka.server.KafkaConfig" level="WARN"/>
                  <logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        return file;
    }

    private void format(Path properties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaBinary());
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.add("-Dlogback.configurationFile=" + dataDir().resolve("kafka-logback.xml"));
        command.addAll(ChildProcesses.classpathArguments(classpath, dataDir().resolve("kafka-classpath.args")));
        command.addAll(List.of("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString(), "--ignore-formatted"));
        Process formatter = new ProcessBuilder(command)
                .directory(dataDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!formatter.waitFor(FORMAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                ChildProcesses.stop(formatter, Duration.ofSeconds(2));
                throw new IllegalStateException("Formatting the Kafka storage in " + dataDir() + " took more than "
                        + FORMAT_TIMEOUT.toSeconds() + " s. Last lines of " + logFile() + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            formatter.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + dataDir() + " failed (exit code "
                    + formatter.exitValue() + "). Last lines of " + logFile() + ":\n" + tail());
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        Admin admin = null;
        Exception lastFailure = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
                            + " during start-up. Last lines of " + logFile() + ":\n" + tail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The Kafka broker did not answer on " + bootstrapServers()
                            + " within " + startupTimeout.toSeconds() + " s"
                            + (lastFailure == null ? "" : " (last error: " + lastFailure + ")")
                            + ". Last lines of " + logFile() + ":\n" + tail());
                }
                if (Ports.isListening("localhost", port, 500)) {
                    if (admin == null) {
                        Map<String, Object> config = new java.util.HashMap<>(clientProperties);
                        config.putAll(Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
                        admin = Admin.create(config);
                    }
                    try {
                        if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                            return;
                        }
                    } catch (ExecutionException | TimeoutException e) {
                        lastFailure = e;
                    }
                }
                // poll pause that also returns at once if the broker dies
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }

    private String tail() {
        return ChildProcesses.tail(logFile(), 40);
    }

    /** Configuration of an {@link EmbeddedKafka}; every setting is optional. */
    public static final class Builder extends EmbeddedServer.Builder<Builder> {
        private int controllerPort;
        private String classpath;
        private Duration startupTimeout = Duration.ofSeconds(60);
        private Map<String, String> serverProperties = Map.of();
        private Map<String, Object> clientProperties = Map.of();
        private List<String> jvmArgs = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.awt.headless=true");

        private Builder() {
        }

        /** CONTROLLER listener port; 0 (default) picks a free port once, kept across restarts. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Class path of the child JVM; default: {@link ChildProcesses#effectiveClasspath()}. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout);
            return this;
        }

        /** JVM options of the broker child (default: small heap, serial GC, C1 only — quick start-up). */
        public Builder jvmArgs(List<String> jvmArgs) {
            this.jvmArgs = List.copyOf(jvmArgs);
            return this;
        }

        /**
         * Broker properties added to (or replacing) the generated ones, e.g. SASL listeners and an authorizer. The
         * PLAINTEXT listener's name stays; map it to another protocol with {@code listener.security.protocol.map}.
         */
        public Builder serverProperties(Map<String, String> serverProperties) {
            this.serverProperties = Map.copyOf(serverProperties);
            return this;
        }

        /** Settings the readiness check's client needs to be let in (e.g. SASL for the administrator). */
        public Builder clientProperties(Map<String, Object> clientProperties) {
            this.clientProperties = Map.copyOf(clientProperties);
            return this;
        }

        /** Creates the broker without starting it. */
        public EmbeddedKafka build() {
            return new EmbeddedKafka(this);
        }
    }
}
