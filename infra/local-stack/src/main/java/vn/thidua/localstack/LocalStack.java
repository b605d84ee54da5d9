package vn.thidua.localstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.thidua.embedded.ChildProcesses;
import vn.thidua.embedded.EmbeddedServers;
import vn.thidua.embedded.InfrastructureServers;
import vn.thidua.embedded.Ports;

/**
 * The whole system on one machine with one command ({@code java -jar infra/local-stack/target/local-stack.jar
 * [--root DIR] [--no-demo] [--bind ADDRESS]}): the embedded servers of {@code infra/embedded} with persistent data in {@code data/},
 * the identity provider, then the four service jars as separate processes; waits until they are healthy, prints
 * every address, loads the demo data; Ctrl-C stops everything. As a library (end-to-end tests):
 * {@link #start(Options)}. Ports and files: see the module README.
 */
public final class LocalStack {

    public static final List<String> SERVICES =
            List.of("registration-service", "review-service", "award-service", "reporting-service");
    public static final Map<String, Integer> DEFAULT_SERVICE_PORTS = defaultServicePorts();
    /** The development identity provider (Spring Authorization Server, {@code infra/identity}). */
    public static final String IDENTITY = "identity";
    public static final int DEFAULT_IDENTITY_PORT = 9000;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final int DEFAULT_MONGO_PORT = 27017;
    /** The mail catcher's SMTP port (reporting's deadline digests; what docker-compose's mail catcher uses too). */
    public static final int DEFAULT_SMTP_PORT = 1025;
    static final String REPORTING = "reporting-service";
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(180);
    /**
     * Every JVM of the stack: a heap cap, the serial collector (gives memory back, no concurrent threads), the client
     * compiler only and smaller thread stacks: a laptop's stack starts faster and stays resident in less memory.
     */
    public static final List<String> DEFAULT_JVM_ARGS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
    /** Where the services and the identity provider listen unless {@code --bind} says otherwise. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    /**
     * The Spring profile under which registration offers its demo seeding endpoints and the identity provider has
     * its demo users and password grant.
     */
    public static final String DEMO_PROFILE = "demo";
    /**
     * The services with demo seeding under the demo profile: registration's endpoints, award's rounds. Not review:
     * its demo cases are of models registration never registered, so registration would dead-letter their events.
     */
    static final java.util.Set<String> DEMO_SERVICES = java.util.Set.of("registration-service", "award-service");

    private LocalStack() {
    }

    private static Map<String, Integer> defaultServicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("registration-service", 8081);
        ports.put("review-service", 8082);
        ports.put("award-service", 8083);
        ports.put("reporting-service", 8084);
        return Map.copyOf(ports);
    }

    // ---------------------------------------------------------------- command line

    public static void main(String[] args) {
        int exitCode = run(args, System.out, System.err);
        // 0 only after the stack was closed by Ctrl-C; then the JVM is exiting anyway
        System.exit(exitCode);
    }

    /**
     * The launcher without {@code System.exit}: returns the exit code. Blocks until Ctrl-C when the stack
     * started. User-fixable problems are reported as one message on {@code err}, never as a stack trace.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path root = Path.of("").toAbsolutePath();
        boolean demo = true;
        String bind = DEFAULT_BIND_ADDRESS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println("Usage: java -jar infra/local-stack/target/local-stack.jar [--root <repository root>] [--no-demo]"
                        + " [--bind <address>]");
                out.println("  --no-demo          do not load the demo data (seed campaigns, tree, models) on first start");
                out.println("  --bind <address>   where the services and the identity provider listen (default "
                        + DEFAULT_BIND_ADDRESS + ", this machine only; 0.0.0.0: every interface, the LAN can reach"
                        + " the demo users)");
                return 0;
            } else if (arg.equals("--no-demo")) {
                demo = false;
            } else if (arg.equals("--bind") && i + 1 < args.length) {
                bind = args[++i];
            } else if (arg.startsWith("--bind=")) {
                bind = arg.substring("--bind=".length());
            } else if (arg.equals("--root") && i + 1 < args.length) {
                root = Path.of(args[++i]);
            } else if (arg.startsWith("--root=")) {
                root = Path.of(arg.substring("--root=".length()));
            } else {
                err.println("Tham số không hợp lệ / Unknown argument " + arg
                        + ": usage: java -jar infra/local-stack/target/local-stack.jar [--root <repository root>] [--no-demo]"
                        + " [--bind <address>]");
                return LocalStackException.PRECONDITION_FAILED;
            }
        }
        var javaProblem = Preflight.checkJavaVersion(Runtime.version().feature());
        if (javaProblem.isPresent()) {
            err.println(javaProblem.get().getMessage());
            return javaProblem.get().exitCode();
        }
        RunningStack stack;
        try {
            stack = start(new Options().root(root).out(out).demo(demo).bindAddress(bind));
        } catch (LocalStackException e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("Không khởi động được / Could not start the local stack: " + e);
            return LocalStackException.START_FAILED;
        }
        stack.stopEveryChildOnClose();
        out.print(stack.summary());
        if (demo) {
            try {
                DemoData.forStack(stack, out).load();
            } catch (RuntimeException e) {
                err.println("[demo] Không nạp được dữ liệu mẫu / Demo data not loaded (the stack keeps running): "
                        + e.getMessage());
            }
        }
        out.println("Nhấn Ctrl-C để dừng / Press Ctrl-C to stop");
        out.flush();
        try {
            stack.watchServices(err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stack.close();
        }
        return 0;
    }

    // ---------------------------------------------------------------- library

    /**
     * Starts the stack as configured and returns once every service is healthy. The caller must
     * {@link RunningStack#close()} it (a JVM shutdown hook does it too).
     *
     * @throws LocalStackException   a precondition failed (port in use, service jar missing; exit code 2) or the
     *                               infrastructure did not start (exit code 1); nothing is left running
     * @throws ServiceStartException a service exited or was not healthy in time; everything was stopped
     */
    public static RunningStack start(Options options) {
        Path root = options.root.toAbsolutePath().normalize();
        Path dataDir = (options.dataDir != null ? options.dataDir : root.resolve("data")).toAbsolutePath().normalize();
        List<String> services = List.copyOf(options.services);

        // ports
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (String service : services) {
            int port;
            if (options.randomPorts) {
                port = freePort(taken);
            } else {
                Integer configured = options.servicePorts.get(service);
                if (configured == null) {
                    throw new IllegalArgumentException("No port for service " + service
                            + ": set Options.servicePort(...) or use randomPorts()");
                }
                port = configured;
            }
            servicePorts.put(service, port);
        }

        Integer identityPort = null;
        if (options.identityProvider) {
            identityPort = options.randomPorts ? freePort(taken) : options.identityPort;
        }

        // preflight: nothing is started when something is missing
        CommandFactory commandFactory = options.commandFactory;
        if (commandFactory == null) {
            Preflight.checkServiceJars(root, services).ifPresent(problem -> {
                throw problem;
            });
            if (options.identityProvider) {
                Preflight.checkIdentityJar(root).ifPresent(problem -> {
                    throw problem;
                });
            }
            commandFactory = execJar(root);
        }
        if (options.infrastructure == null) {
            Preflight.checkLeftovers(dataDir).ifPresent(problem -> {
                throw problem;
            });
        }
        Map<Integer, String> portsToCheck = new LinkedHashMap<>();
        if (options.infrastructure == null && !options.randomPorts) {
            portsToCheck.put(options.kafkaPort, "Kafka");
            portsToCheck.put(options.kafkaControllerPort, "Kafka controller");
            portsToCheck.put(options.postgresPort, "PostgreSQL");
            portsToCheck.put(options.mongoPort, "MongoDB");
        }
        if (identityPort != null) {
            portsToCheck.put(identityPort, IDENTITY);
        }
        servicePorts.forEach((service, port) -> portsToCheck.put(port, service));
        Integer smtpPort = services.contains(REPORTING) ? (options.randomPorts ? freePort(taken) : DEFAULT_SMTP_PORT)
                : null;
        if (smtpPort != null) portsToCheck.put(smtpPort, "SMTP (mail catcher)");
        Preflight.checkPortsFree(portsToCheck).ifPresent(problem -> {
            throw problem;
        });

        RunningStack stack = new RunningStack(root, dataDir, options.healthTimeout, options.out);
        try {
            if (options.infrastructure != null) {
                stack.useInfrastructure(options.infrastructure, false);
            } else {
                Files.createDirectories(dataDir);
                options.out.println("[local-stack] starting Kafka, PostgreSQL and MongoDB (data " + dataDir + ")");
                EmbeddedServers.Options embedded = EmbeddedServers.Options.persistent(dataDir);
                if (!options.randomPorts) {
                    embedded = embedded.withPorts(options.kafkaPort, options.kafkaControllerPort,
                            options.postgresPort, options.mongoPort);
                }
                InfrastructureServers infrastructure;
                try {
                    infrastructure = EmbeddedServers.start(embedded);
                } catch (RuntimeException e) {
                    throw new LocalStackException("Hạ tầng không khởi động được / The infrastructure failed to start: "
                            + e.getMessage(), LocalStackException.START_FAILED, e);
                }
                stack.useInfrastructure(infrastructure, true);
            }

            InfrastructureServers infrastructure = stack.infrastructure();
            if (smtpPort != null) {
                MailCatcher mail = MailCatcher.start(smtpPort, dataDir);
                stack.closeWith(mail);
                options.out.println("[local-stack] mail catcher on SMTP port " + mail.port() + ": "
                        + dataDir.resolve("logs").resolve("mail.log"));
            }
            String issuer = null;
            if (identityPort != null) {
                // the issuer first: the services verify tokens with its keys, the pages sign in there
                issuer = "http://localhost:" + identityPort;
                Files.createDirectories(dataDir.resolve("identity"));
                List<String> identityArgs = new ArrayList<>(identityArguments(identityPort, issuer,
                        dataDir.resolve("identity").resolve("signing-key.json"), servicePorts.values()));
                identityArgs.add("--server.address=" + options.bindAddress);
                // the demo users, the password grant and the user list on the login page: this laptop only
                identityArgs.add("--spring.profiles.active=" + DEMO_PROFILE);
                identityArgs.addAll(options.extraArgs.getOrDefault(IDENTITY, List.of()));
                stack.launchAll(List.of(new ServiceSpec(IDENTITY, identityPort,
                        commandFactory.command(IDENTITY, options.jvmArgs, List.copyOf(identityArgs)))));
            }
            List<ServiceSpec> specs = new ArrayList<>();
            for (String service : services) {
                int port = servicePorts.get(service);
                List<String> extraArgs = new ArrayList<>(localArguments(options.bindAddress));
                if (smtpPort != null && service.equals(REPORTING)) extraArgs.addAll(mailArguments(smtpPort, port));
                extraArgs.addAll(options.extraArgs.getOrDefault(service, List.of()));
                List<String> applicationArgs = serviceArguments(service, port, infrastructure.springProperties(),
                        issuer, options.demo, extraArgs);
                specs.add(new ServiceSpec(service, port,
                        commandFactory.command(service, options.jvmArgs, applicationArgs)));
            }
            stack.launchAll(specs);
            return stack;
        } catch (RuntimeException | java.io.IOException e) {
            stack.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new LocalStackException("Could not create " + dataDir + ": " + e.getMessage(),
                    LocalStackException.PRECONDITION_FAILED, e);
        }
    }

    /**
     * A service's arguments: its port, one {@code --key=value} per infrastructure property (sorted), the issuer of
     * the identity provider when there is one, the {@value #DEMO_PROFILE} profile for registration and award when
     * demo data is loaded (registration's seeding endpoints and award's demo rounds exist only there), then the extra arguments.
     */
    static List<String> serviceArguments(String service, int port, Map<String, String> infrastructure, String issuer,
                                         boolean demo, List<String> extraArgs) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        infrastructure.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> arguments.add("--" + entry.getKey() + "=" + entry.getValue()));
        if (issuer != null) {
            arguments.add("--thidua.security.issuer-uri=" + issuer);
        }
        if (demo && DEMO_SERVICES.contains(service)) {
            arguments.add("--spring.profiles.active=" + DEMO_PROFILE);
        }
        arguments.addAll(extraArgs);
        return List.copyOf(arguments);
    }

    /**
     * What only a laptop's stack may do to a service: listen on {@code bind} (default the loopback only) and serve
     * {@code /actuator/prometheus} without the scrape credential.
     */
    static List<String> localArguments(String bind) {
        return List.of("--server.address=" + bind, "--thidua.security.metrics.open=true");
    }

    /**
     * Reporting's deadline digest through the mail catcher: every 5 minutes (the sent-log keeps it from repeating),
     * linking to reporting's to-do page.
     */
    static List<String> mailArguments(int smtpPort, int reportingPort) {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--thidua.deadlines.digest.cron=0 */5 * * * *",
                "--thidua.deadlines.digest.page-url=http://localhost:" + reportingPort + "/todo");
    }

    /** A free port not yet handed out in this start. */
    private static int freePort(Set<Integer> taken) {
        int port;
        do {
            port = Ports.freePort();
        } while (!taken.add(port));
        return port;
    }

    /**
     * The identity provider's arguments: its port and issuer, the file keeping its signing key across restarts,
     * and the sign-in and sign-out return addresses of every service's pages.
     */
    static List<String> identityArguments(int port, String issuer, Path keyFile, java.util.Collection<Integer> servicePorts) {
        List<String> redirects = new ArrayList<>();
        List<String> afterLogout = new ArrayList<>();
        for (int servicePort : servicePorts) {
            for (String host : List.of("localhost", "127.0.0.1")) {
                redirects.add("http://" + host + ":" + servicePort + "/login/oauth2/code/thidua");
                afterLogout.add("http://" + host + ":" + servicePort + "/");
            }
        }
        return List.of("--server.port=" + port,
                "--thidua.identity.issuer=" + issuer,
                "--thidua.identity.key-file=" + keyFile,
                "--thidua.identity.pages-redirect-uris=" + String.join(",", redirects),
                "--thidua.identity.pages-post-logout-redirect-uris=" + String.join(",", afterLogout));
    }

    /**
     * The way teams deploy a service: {@code java <jvmArgs> -jar <root>/<service>/target/<service>-*-exec.jar
     * <applicationArgs>}; the identity provider from {@code <root>/infra/identity/target/identity.jar}.
     */
    public static CommandFactory execJar(Path root) {
        return (service, jvmArgs, applicationArgs) -> {
            Path jar = service.equals(IDENTITY)
                    ? Preflight.findIdentityJar(root).orElseThrow(() -> Preflight.checkIdentityJar(root).orElseThrow())
                    : Preflight.findServiceJar(root, service).orElseThrow(() ->
                    Preflight.checkServiceJars(root, List.of(service)).orElseThrow());
            List<String> command = new ArrayList<>();
            command.add(ChildProcesses.javaBinary());
            command.addAll(jvmArgs);
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(applicationArgs);
            return command;
        };
    }

    /** Builds the command line of a service process. */
    @FunctionalInterface
    public interface CommandFactory {
        /**
         * @param service         e.g. {@code registration-service}
         * @param jvmArgs         e.g. {@code -Xmx384m}
         * @param applicationArgs {@code --server.port=N}, one {@code --key=value} per
         *                        {@link InfrastructureServers#springProperties()} entry, then the extra arguments
         */
        List<String> command(String service, List<String> jvmArgs, List<String> applicationArgs);
    }

    /**
     * What to start and where. Defaults: repository root = current directory, data in {@code <root>/data},
     * the fixed ports (Kafka 9092/9093, PostgreSQL 5432, MongoDB 27017, identity 9000, services 8081-8084), the
     * identity provider and all four services
     * from their exec jars with {@link #DEFAULT_JVM_ARGS}, self-started persistent embedded infrastructure, health
     * deadline 180 s.
     */
    public static final class Options {
        private Path root = Path.of("");
        private Path dataDir;
        private boolean randomPorts;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int kafkaControllerPort = DEFAULT_KAFKA_CONTROLLER_PORT;
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int mongoPort = DEFAULT_MONGO_PORT;
        private boolean identityProvider = true;
        private int identityPort = DEFAULT_IDENTITY_PORT;
        private final Map<String, Integer> servicePorts = new LinkedHashMap<>(DEFAULT_SERVICE_PORTS);
        private List<String> services = SERVICES;
        private final Map<String, List<String>> extraArgs = new HashMap<>();
        private List<String> jvmArgs = DEFAULT_JVM_ARGS;
        private boolean demo;
        private InfrastructureServers infrastructure;
        private CommandFactory commandFactory;
        private Duration healthTimeout = DEFAULT_HEALTH_TIMEOUT;
        private PrintStream out = System.out;
        private String bindAddress = DEFAULT_BIND_ADDRESS;

        /** Repository root: where {@code <service>/target/*-exec.jar} are, working directory of the services. */
        public Options root(Path root) {
            this.root = Objects.requireNonNull(root);
            return this;
        }

        /** Default {@code <root>/data}: {@code kafka/}, {@code postgres/}, {@code mongo/}, {@code logs/}. */
        public Options dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Free ports chosen at start for everything instead of the fixed ones (tests on a busy machine). */
        public Options randomPorts() {
            this.randomPorts = true;
            return this;
        }

        public Options infrastructurePorts(int kafka, int kafkaController, int postgres, int mongo) {
            this.kafkaPort = kafka;
            this.kafkaControllerPort = kafkaController;
            this.postgresPort = postgres;
            this.mongoPort = mongo;
            return this;
        }

        /**
         * Whether the stack starts its identity provider (default yes) and points every service at it; without it,
         * the services keep the issuer of their own configuration (e.g. {@code --thidua.security.issuer-uri=...}
         * through {@link #extraArgs}).
         */
        public Options identityProvider(boolean start) {
            this.identityProvider = start;
            return this;
        }

        public Options identityPort(int port) {
            this.identityPort = port;
            return this;
        }

        public Options servicePort(String service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        /** Which services, in start order (default: the four). */
        public Options services(String... services) {
            this.services = List.of(services);
            return this;
        }

        /** Appended to the service's application arguments, e.g. {@code --logging.level.root=DEBUG}. */
        public Options extraArgs(String service, String... args) {
            extraArgs.computeIfAbsent(service, key -> new ArrayList<>()).addAll(List.of(args));
            return this;
        }

        /** JVM options of every service (default {@link LocalStack#DEFAULT_JVM_ARGS}). */
        public Options jvmArgs(String... jvmArgs) {
            this.jvmArgs = List.of(jvmArgs);
            return this;
        }

        /** Use this infrastructure (e.g. test-support's shared one) instead of starting one; not closed by the stack. */
        public Options infrastructure(InfrastructureServers infrastructure) {
            this.infrastructure = infrastructure;
            return this;
        }

        /**
         * Whether demo data will be loaded (default no): registration then runs with the {@value LocalStack#DEMO_PROFILE}
         * profile, which its demo seeding endpoints need.
         */
        public Options demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        /** How to launch a service (default {@link LocalStack#execJar(Path)}). */
        public Options commandFactory(CommandFactory commandFactory) {
            this.commandFactory = commandFactory;
            return this;
        }

        public Options healthTimeout(Duration healthTimeout) {
            this.healthTimeout = Objects.requireNonNull(healthTimeout);
            return this;
        }

        /**
         * Where the services and the identity provider listen (default {@value LocalStack#DEFAULT_BIND_ADDRESS}, this
         * machine only). Kafka, PostgreSQL and MongoDB always listen on the loopback.
         */
        public Options bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address);
            return this;
        }

        /** Where progress lines go (default {@code System.out}). */
        public Options out(PrintStream out) {
            this.out = Objects.requireNonNull(out);
            return this;
        }
    }
}
