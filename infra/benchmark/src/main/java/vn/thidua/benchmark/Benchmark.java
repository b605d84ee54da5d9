package vn.thidua.benchmark;

import vn.thidua.embedded.EmbeddedServers;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar infra/benchmark/target/benchmark.jar [--quick]}: the reporting projection's events/s against a raw
 * baseline (a plain consumer writing the same documents with the MongoDB driver) on the same embedded broker and
 * MongoDB stand-in, in the same run; prints a table and writes {@code benchmark.json}. See the module README.
 */
public final class Benchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);

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
        new Benchmark(options, System.out).run();
        System.exit(0);
    }

    void run() throws Exception {
        Path root = options.root() != null ? options.root() : repositoryRoot();
        Path jar = ReportingRun.execJar(root);
        Path output = options.output() != null ? options.output()
                : root.resolve("infra/benchmark/target/benchmark.json");
        int events = options.events();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("run_at", Instant.now().toString());
        figures.put("mode", options.quick() ? "quick" : "full");
        figures.put("events", events);
        figures.put("processors", Runtime.getRuntime().availableProcessors());

        out.printf("Starting the embedded infrastructure (Kafka, MongoDB stand-in, PostgreSQL)...%n");
        try (EmbeddedServers servers = EmbeddedServers.start(EmbeddedServers.Options.temporary())) {
            String kafka = servers.kafkaBootstrapServers();
            EventLoad.createTopics(kafka);
            out.printf("Sending %,d events...%n", events);
            long sendNanos = EventLoad.send(kafka, events);
            figures.put("produce_per_s", round(events / (sendNanos / 1e9)));

            out.printf("Raw baseline: a plain consumer writing with the MongoDB driver...%n");
            Progress raw = RawProjection.run(kafka, servers.mongoUri(), "bench_raw", events, PATIENCE);

            out.printf("reporting-service from %s...%n", root.relativize(jar));
            double[] ready = new double[1];
            Progress projection = ReportingRun.run(jar, output.resolveSibling("benchmark-reporting.log"), kafka,
                    servers.mongoUri(), "bench_reporting", events, PATIENCE, ready);

            double rawRate = raw.overallPerSecond();
            double projectionRate = projection.overallPerSecond();
            figures.put("raw_per_s", round(rawRate));
            figures.put("projection_per_s", round(projectionRate));
            figures.put("ratio_to_raw", Math.round(projectionRate / rawRate * 100) / 100.0);
            for (int checkpoint : options.checkpoints()) {
                figures.put("raw_per_s_at_" + checkpoint, round(raw.perSecondAt(checkpoint)));
                figures.put("projection_per_s_at_" + checkpoint, round(projection.perSecondAt(checkpoint)));
            }
            figures.put("reporting_first_event_s", Math.round(ready[0] * 10) / 10.0);
        }
        printTable(figures);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json(figures));
        out.printf("%nWrote %s%n", output);
    }

    private void printTable(Map<String, Object> figures) {
        out.println();
        out.printf("%-44s %14s%n", "measure", "value");
        out.printf("%-44s %14s%n", "-".repeat(44), "-".repeat(14));
        figures.forEach((key, value) -> out.printf("%-44s %14s%n", key, value instanceof Number n
                ? String.format(Locale.ROOT, n instanceof Double ? "%,.2f" : "%,d", n) : value));
    }

    static String json(Map<String, Object> figures) {
        StringBuilder json = new StringBuilder("{\n");
        var entries = figures.entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            Object value = entry.getValue();
            json.append("  \"").append(entry.getKey()).append("\": ");
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) json.append("null");
            else if (value instanceof Number) json.append(value);
            else json.append('"').append(value).append('"');
            json.append(entries.hasNext() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }

    /** The nearest directory upward from here that holds reporting-service/pom.xml. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("reporting-service/pom.xml"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("Run from the repository, or pass --root");
        return dir;
    }
}
