package vn.thidua.benchmark;

import vn.thidua.embedded.EmbeddedServers;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * {@code java -jar infra/benchmark/target/benchmark.jar [--quick]}: the local stack's ready time and memory, REST
 * commands end to end and their freshness, and the projection's rebuild, each against a raw baseline measured in the
 * same run; then every {@link FigureSource}. Prints a table and writes {@code benchmark.json}. See the module README.
 */
public final class Benchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);
    /** Written by every run, first; {@code null} when no part measured it (the coverage query, until its source). */
    static final List<String> HEADLINE = List.of("e2e_per_s", "raw_per_s", "e2e_ratio_to_raw",
            "freshness_p99_ms_at_100", "rebuild_ratio_to_raw", "coverage_query_p99_ms", "stack_ready_s",
            "stack_rss_mib");

    private final BenchmarkOptions options;
    private final PrintStream out;

    Benchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        if (!heapCapped()) System.exit(relaunchCapped(options, args));
        new Benchmark(options, System.out).run();
        System.exit(0);
    }

    /**
     * The benchmark JVM's heap cap when none is given: it serves the stack's MongoDB stand-in and, last, holds
     * {@link NationalCoverage}'s generated country in memory (a tenth of it with {@code --quick}). Uncapped, its
     * heap grew to 3–4 GB, counted in {@code stack_rss_mib_after_load}.
     */
    static String heapCap(BenchmarkOptions options) {
        return options.quick() ? "-Xmx1g" : "-Xmx4g";
    }

    private static boolean heapCapped() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                        || a.startsWith("-XX:MaxRAMPercentage"));
    }

    /** Runs the benchmark again in a JVM with {@link #heapCap}, its output here; its exit code. */
    private static int relaunchCapped(BenchmarkOptions options, String[] args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(vn.thidua.embedded.ChildProcesses.javaBinary(),
                heapCap(options), "-cp", System.getProperty("java.class.path"), Benchmark.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Ctrl-C reaches both: wait here while the child stops its stack
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                child.waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return child.waitFor();
    }

    void run() throws Exception {
        Path root = options.root() != null ? options.root() : repositoryRoot();
        Path jar = ReportingRun.execJar(root);
        Path output = options.output() != null ? options.output()
                : root.resolve("infra/benchmark/target/benchmark.json");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("run_at", Instant.now().toString());
        figures.put("mode", options.quick() ? "quick" : "full");
        figures.put("processors", Runtime.getRuntime().availableProcessors());
        figures.put("benchmark_heap_max_mib", Runtime.getRuntime().maxMemory() >> 20);
        figures.put("load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        // the headline figures first, in this order; the parts below fill them in
        for (String key : HEADLINE) figures.put(key, null);

        long started = System.nanoTime();
        try {
            if (!options.skipStack()) part(figures, "stack", () -> StackRun.run(root, options, out));
            part(figures, "rebuild", () -> rebuild(jar, output));
            StackRun.awaitStopped();
            for (FigureSource source : ServiceLoader.load(FigureSource.class)) {
                out.printf("%s...%n", source.name());
                part(figures, source.name(), () -> source.measure(root, options.quick(), out));
            }
        } finally {
            figures.put("run_s", (System.nanoTime() - started) / 1e9);
            printTable(figures);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, json(figures));
            out.printf("%nWrote %s%n", output);
        }
    }

    /** Runs one part; when it fails, its error is written ({@code <part>_error}) and the next part still runs. */
    private void part(Map<String, Object> figures, String name, java.util.concurrent.Callable<Map<String, Object>> part) {
        long started = System.nanoTime();
        try {
            Map<String, Object> measured = part.call();
            figures.putAll(measured);
            measured.forEach((key, value) -> out.printf("  %s = %s%n", key, text(value)));
        } catch (Exception e) {
            e.printStackTrace(out);
            figures.put(name + "_error", String.valueOf(e.getMessage()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        figures.put("part_" + name + "_s", seconds);
        out.printf("  [part] %s: %.1f s%n", name, seconds);
    }

    /**
     * The projection rebuilt from the start of the topics: reporting-service's jar reading events sent beforehand,
     * against a plain consumer writing the same documents, on a fresh embedded infrastructure.
     */
    private Map<String, Object> rebuild(Path jar, Path output) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        int events = options.events();
        figures.put("rebuild_events", events);
        out.printf("Rebuild: starting a fresh embedded infrastructure (Kafka, MongoDB stand-in, PostgreSQL)...%n");
        Phases phases = new Phases(figures, out);
        try (EmbeddedServers servers = EmbeddedServers.start(EmbeddedServers.Options.temporary())) {
            StackRun.awaitStopped();
            phases.lap("rebuild_infrastructure");
            String kafka = servers.kafkaBootstrapServers();
            EventLoad.createTopics(kafka);
            out.printf("Sending %,d events...%n", events);
            long sendNanos = EventLoad.send(kafka, events);
            figures.put("rebuild_produce_per_s", events / (sendNanos / 1e9));
            phases.lap("rebuild_send");

            out.printf("Raw baseline: a plain consumer writing with the MongoDB driver...%n");
            Progress raw = RawProjection.run(kafka, servers.mongoUri(), "bench_raw", events, PATIENCE);
            phases.lap("rebuild_raw");

            out.printf("reporting-service from %s...%n", jar.getFileName());
            double[] ready = new double[1];
            Progress projection = ReportingRun.run(jar, output.resolveSibling("benchmark-reporting.log"), kafka,
                    servers.mongoUri(), "bench_reporting", events, PATIENCE, ready);
            phases.lap("rebuild_reporting");

            double rawRate = raw.overallPerSecond();
            double projectionRate = projection.overallPerSecond();
            figures.put("rebuild_raw_per_s", rawRate);
            figures.put("rebuild_per_s", projectionRate);
            figures.put("rebuild_ratio_to_raw", projectionRate / rawRate);
            for (int checkpoint : options.checkpoints()) {
                figures.put("rebuild_raw_per_s_at_" + checkpoint, raw.perSecondAt(checkpoint));
                figures.put("rebuild_per_s_at_" + checkpoint, projection.perSecondAt(checkpoint));
            }
            figures.put("rebuild_first_event_s", ready[0]);
        }
        return figures;
    }

    private void printTable(Map<String, Object> figures) {
        out.println();
        out.printf("%-44s %14s%n", "measure", "value");
        out.printf("%-44s %14s%n", "-".repeat(44), "-".repeat(14));
        figures.forEach((key, value) -> out.printf("%-44s %14s%n", key, text(value)));
    }

    /** Numbers as the table shows them: whole numbers with separators, others with two decimals; null as "—". */
    static String text(Object value) {
        if (value == null || value instanceof Double d && (d.isNaN() || d.isInfinite())) return "—";
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%,.2f", ((Number) value).doubleValue());
        }
        if (value instanceof Number n) return String.format(Locale.ROOT, "%,d", n.longValue());
        return value.toString();
    }

    /** A flat JSON object; decimals rounded to two places, NaN and null as {@code null}, text escaped. */
    static String json(Map<String, Object> figures) {
        StringBuilder json = new StringBuilder("{\n");
        var entries = figures.entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            Object value = entry.getValue();
            json.append("  \"").append(escape(entry.getKey())).append("\": ");
            if (value == null || value instanceof Double d && (d.isNaN() || d.isInfinite())) json.append("null");
            else if (value instanceof Double || value instanceof Float) {
                json.append(BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) json.append(value);
            else json.append('"').append(escape(value.toString())).append('"');
            json.append(entries.hasNext() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') escaped.append('\\').append(c);
            else if (c < 0x20) escaped.append(String.format("\\u%04x", (int) c));
            else escaped.append(c);
        }
        return escaped.toString();
    }

    /** The nearest directory upward from here that holds reporting-service/pom.xml. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("reporting-service/pom.xml"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("Run from the repository, or pass --root");
        return dir;
    }
}
