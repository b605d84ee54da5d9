package vn.thidua.localstack;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import vn.thidua.embedded.InfrastructureServers;

/**
 * The started stack: infrastructure plus service processes. Obtained from {@link LocalStack#start}.
 * {@link #close()} (also run by a JVM shutdown hook) stops the services, then — if the stack started it —
 * Kafka, MongoDB and PostgreSQL.
 */
public final class RunningStack implements AutoCloseable {

    private final Path root;
    private final Path dataDir;
    private final Duration healthTimeout;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** Closed after the services, before the infrastructure (the mail catcher). */
    private final List<AutoCloseable> helpers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> stoppedOnPurpose = new HashSet<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread shutdownHook;

    private volatile InfrastructureServers infrastructure;
    private volatile boolean ownsInfrastructure;
    private volatile boolean closing;
    private volatile boolean stopsEveryChild;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    RunningStack(Path root, Path dataDir, Duration healthTimeout, PrintStream out) {
        this.root = root;
        this.dataDir = dataDir;
        this.healthTimeout = healthTimeout;
        this.out = out;
        this.shutdownHook = new Thread(this::close, "thidua-local-stack-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    // ---------------------------------------------------------------- start-up (LocalStack.start)

    /** Closes {@code helper} with the stack, after the services. */
    void closeWith(AutoCloseable helper) {
        helpers.add(helper);
    }

    void useInfrastructure(InfrastructureServers infrastructure, boolean owned) {
        this.infrastructure = infrastructure;
        this.ownsInfrastructure = owned;
        if (closing && owned) {
            infrastructure.close();
            throw new LocalStackException("Stopped while starting", LocalStackException.START_FAILED);
        }
    }

    void launchAll(List<ServiceSpec> specs) {
        List<ServiceProcess> launched = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            ServiceProcess process = new ServiceProcess(spec, logFileOf(spec.name()), root);
            synchronized (this) {
                if (closing) {
                    throw new LocalStackException("Stopped while starting", LocalStackException.START_FAILED);
                }
                services.put(spec.name(), process);
                out.printf("[local-stack] starting %s on port %d (log %s)%n", spec.name(), spec.port(),
                        display(process.logFile()));
                process.start(true);
            }
            launched.add(process);
        }
        awaitHealthy(launched);
    }

    private void awaitHealthy(Collection<ServiceProcess> processes) {
        long started = System.nanoTime();
        long deadline = started + healthTimeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            for (Iterator<ServiceProcess> it = waiting.iterator(); it.hasNext(); ) {
                ServiceProcess process = it.next();
                if (process.isHealthy(http)) {
                    out.printf("[local-stack] %s is UP (%d s)%n", process.spec().name(),
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                    it.remove();
                } else if (!process.isAlive()) {
                    throw new ServiceStartException(process.spec().name(),
                            "exited with code " + process.process().exitValue(),
                            display(process.logFile()), process.logTail());
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new ServiceStartException(late.spec().name(), "not healthy (GET " + late.spec().url()
                        + "/actuator/health with status UP) within " + healthTimeout.toSeconds() + " s",
                        display(late.logFile()), late.logTail());
            }
            try {
                // poll pause that ends at once if that service dies
                waiting.get(0).process().waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("Interrupted while waiting for the services", LocalStackException.START_FAILED, e);
            }
        }
    }

    // ---------------------------------------------------------------- API

    /** The services of this stack, in start order. */
    public synchronized List<String> services() {
        return List.copyOf(services.keySet());
    }

    /** {@code http://localhost:<port>}; {@code service} is e.g. {@code registration-service} or {@code registration}. */
    public String serviceUrl(String service) {
        return service(service).spec().url();
    }

    public int servicePort(String service) {
        return service(service).spec().port();
    }

    /** {@code <data>/logs/<service>.log}. */
    public Path logFile(String service) {
        return service(service).logFile();
    }

    public boolean isServiceRunning(String service) {
        return service(service).isAlive();
    }

    public InfrastructureServers infrastructure() {
        return infrastructure;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Makes Kafka unavailable (same address and data when it returns). */
    public void stopKafka() {
        infrastructure.stopKafka();
    }

    /** Brings Kafka back; returns once it answers. */
    public void startKafka() {
        infrastructure.startKafka();
    }

    /** Makes MongoDB unavailable (same address; the stack's own H2-file stand-in keeps its data). */
    public void stopMongo() {
        infrastructure.stopMongo();
    }

    /** Brings MongoDB back on the same address; returns once it listens. */
    public void startMongo() {
        infrastructure.startMongo();
    }

    /** Freezes one service (SIGSTOP): alive but silent, as a long GC pause or a stalled VM would (fault tests). */
    public void pauseService(String service) {
        service(service).signal("STOP");
    }

    /** Lets a paused service go on (SIGCONT). */
    public void resumeService(String service) {
        service(service).signal("CONT");
    }

    /** Stops one service gracefully (SIGTERM, SIGKILL after 30 s). */
    public void stopService(String service) {
        ServiceProcess process = service(service);
        synchronized (this) {
            stoppedOnPurpose.add(process.spec().name());
        }
        process.stop();
    }

    /** Kills one service at once, as a crash would (SIGKILL, its children too): for fault tests. */
    public void killService(String service) {
        ServiceProcess process = service(service);
        synchronized (this) {
            stoppedOnPurpose.add(process.spec().name());
        }
        process.kill();
    }

    /**
     * (Re)starts one service with the same command and port — its log is appended to — and waits until it is
     * healthy. Throws {@link ServiceStartException} if it is not (the rest of the stack keeps running).
     */
    public void startService(String service) {
        ServiceProcess process = service(service);
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("the stack is stopped");
            }
            stoppedOnPurpose.remove(process.spec().name());
            process.start(false);
        }
        awaitHealthy(List.of(process));
    }

    /** The addresses of everything, for humans. */
    public String summary() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("Thi Đua local stack đã sẵn sàng / is ready:").append(nl);
        for (ServiceProcess process : snapshot()) {
            String url = process.spec().url();
            text.append(String.format("  %-22s %s%n", process.spec().name(), url));
            if (process.spec().name().equals(LocalStack.IDENTITY)) {
                text.append("      OpenID Connect: ").append(url).append("/.well-known/openid-configuration").append(nl);
                text.append("      Người dùng mẫu / demo users: README.md, mật khẩu / password ")
                        .append(DemoData.DEMO_PASSWORD).append(nl);
                text.append("      Log:        ").append(display(process.logFile())).append(nl);
                continue;
            }
            text.append("      Swagger UI: ").append(url).append("/swagger-ui.html").append(nl);
            text.append("      Health:     ").append(url).append("/actuator/health").append(nl);
            text.append("      Log:        ").append(display(process.logFile())).append(nl);
        }
        InfrastructureServers infra = infrastructure;
        if (infra != null) {
            text.append("  Kafka bootstrap servers: ").append(infra.kafkaBootstrapServers()).append(nl);
            text.append("  PostgreSQL (user ").append(infra.postgresUsername()).append(" / password ")
                    .append(infra.postgresPassword()).append("):").append(nl);
            for (String database : vn.thidua.embedded.PostgresDatabases.DATABASES) {
                text.append("      ").append(infra.jdbcUrl(database)).append(nl);
            }
            text.append("  MongoDB: ").append(infra.mongoUri()).append(nl);
        }
        text.append("  Data: ").append(dataDir).append(nl);
        return text.toString();
    }

    /**
     * Blocks until the stack is closed, telling on {@code err} about every service that exits on its own (one
     * line with its log file). Used by the command line launcher.
     */
    void watchServices(PrintStream err) throws InterruptedException {
        Map<String, Process> reported = new LinkedHashMap<>();
        while (!closing) {
            List<CompletableFuture<Process>> exits = new ArrayList<>();
            for (ServiceProcess process : snapshot()) {
                Process current = process.process();
                if (current != null && current.isAlive()) {
                    exits.add(current.onExit());
                }
            }
            if (exits.isEmpty()) {
                closed.await();
                return;
            }
            try {
                CompletableFuture.anyOf(exits.toArray(CompletableFuture[]::new)).get();
            } catch (ExecutionException e) {
                // onExit does not fail
            }
            if (closing) {
                return;
            }
            for (ServiceProcess process : snapshot()) {
                Process current = process.process();
                String name = process.spec().name();
                boolean onPurpose;
                synchronized (this) {
                    onPurpose = stoppedOnPurpose.contains(name);
                }
                if (current != null && !current.isAlive() && reported.get(name) != current && !onPurpose) {
                    reported.put(name, current);
                    err.println("Dịch vụ " + name + " đã dừng bất ngờ (mã thoát " + current.exitValue()
                            + ") / Service " + name + " exited unexpectedly (exit code " + current.exitValue()
                            + "): see " + display(process.logFile()));
                }
            }
        }
    }

    /** Stops the services (in parallel), then the infrastructure if this stack started it. Idempotent. */
    @Override
    public void close() {
        List<ServiceProcess> toStop;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            toStop = new ArrayList<>(services.values());
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | SecurityException ignored) {
            // the JVM is shutting down: we are the hook
        }
        try {
            if (!toStop.isEmpty()) {
                out.println("[local-stack] Đang dừng / Stopping services " + String.join(", ",
                        toStop.stream().map(p -> p.spec().name()).toList()));
            }
            toStop.forEach(ServiceProcess::signalStop);
            toStop.forEach(ServiceProcess::stop);
            for (AutoCloseable helper : helpers) {
                try {
                    helper.close();
                } catch (Exception e) {
                    out.println("[local-stack] " + helper + " did not stop: " + e);
                }
            }
            InfrastructureServers infra = infrastructure;
            if (infra != null && ownsInfrastructure) {
                out.println("[local-stack] Đang dừng / Stopping Kafka, MongoDB, PostgreSQL");
                try {
                    infra.close();
                } finally {
                    // zonky's postmaster is no child of this JVM: make sure it is gone
                    Leftovers.stop(Leftovers.postmaster(dataDir.resolve("postgres")).stream().toList(), STOP_GRACE);
                }
            }
            if (stopsEveryChild) {
                Leftovers.stop(ProcessHandle.current().descendants().toList(), STOP_GRACE);
            }
            out.println("[local-stack] Đã dừng / Stopped.");
        } finally {
            closed.countDown();
        }
    }

    /**
     * For the command line, where this JVM is the stack: {@link #close()} also stops every process it started
     * and that is still running (whatever a service or a server left behind).
     */
    void stopEveryChildOnClose() {
        stopsEveryChild = true;
    }

    // ---------------------------------------------------------------- helpers

    private synchronized List<ServiceProcess> snapshot() {
        return List.copyOf(services.values());
    }

    private synchronized ServiceProcess service(String name) {
        ServiceProcess process = services.get(name);
        if (process == null && !name.endsWith("-service")) {
            process = services.get(name + "-service");
        }
        if (process == null) {
            throw new IllegalArgumentException("Unknown service " + name + "; this stack runs " + services.keySet());
        }
        return process;
    }

    private Path logFileOf(String service) {
        return dataDir.resolve("logs").resolve(service + ".log");
    }

    /** Path relative to the repository root when inside it (shorter messages). */
    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
