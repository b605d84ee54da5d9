package vn.thidua.benchmark;

import vn.thidua.embedded.InfrastructureServers;
import vn.thidua.localstack.DemoData;
import vn.thidua.localstack.LocalStack;
import vn.thidua.localstack.RunningStack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole local stack as real processes ({@code LocalStack.start}, free ports, data in a temporary directory):
 * its ready time and resident memory, the end-to-end throughput and freshness through registration's and
 * reporting's APIs, then the raw baselines on the same broker, MongoDB stand-in and PostgreSQL.
 */
final class StackRun {

    /** Far beyond the local stack's 180 s: a loaded machine is slow (the figures say how slow). */
    private static final Duration READY_PATIENCE = Duration.ofMinutes(20);

    /** --quick: the organiser, its province and its communes of the 2025-03-01 tree (local-stack's jar). */
    static final String QUICK_UNITS = "vinh-linh-units.csv";

    private StackRun() {
    }

    private static byte[] quickUnits() throws IOException {
        try (var in = StackRun.class.getResourceAsStream("/" + QUICK_UNITS)) {
            if (in == null) throw new IllegalStateException(QUICK_UNITS + " missing from the jar");
            return in.readAllBytes();
        }
    }

    static Map<String, Object> run(Path root, BenchmarkOptions options, PrintStream out) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        Path data = Files.createTempDirectory("thidua-bench-stack-");
        LocalStack.Options stackOptions = new LocalStack.Options().root(root).dataDir(data).randomPorts().demo(true)
                .healthTimeout(READY_PATIENCE).out(out);
        if (options.jvmArgs() != null) stackOptions.jvmArgs(options.jvmArgs().toArray(String[]::new));
        figures.put("stack_jvm_args", String.join(" ", options.jvmArgs() != null ? options.jvmArgs()
                : LocalStack.DEFAULT_JVM_ARGS));
        out.printf("Starting the local stack (identity provider, four services, Kafka, PostgreSQL, MongoDB)...%n");
        long launched = System.nanoTime();
        Phases phases = new Phases(figures, out);
        RunningStack stack;
        try {
            stack = LocalStack.start(stackOptions);
        } catch (Exception e) {
            deleteQuietly(data);
            throw e;
        }
        boolean measured = false;
        try {
            figures.put("stack_ready_s", (System.nanoTime() - launched) / 1e9);
            phases.lap("stack_start");
            figures.put("stack_rss_mib", rssMib(data, out, "ready, idle"));

            DemoData demo = new DemoData(stack.serviceUrl("registration"), null, null,
                    stack.serviceUrl(LocalStack.IDENTITY), out, READY_PATIENCE);
            if (options.quick()) {
                out.printf("Importing %s and its communes (--quick: not the whole reference tree)...%n",
                        StackClient.ORGANISER);
                demo.importUnitFile(QUICK_UNITS, quickUnits());
            } else {
                out.printf("Importing the reference tree...%n");
                demo.importReferenceTree();
            }
            phases.lap("tree_import");
            StackClient client = new StackClient(stack);
            List<String> units = client.communes();
            EndToEnd endToEnd = new EndToEnd(client, units, out);
            out.printf("Warming up: one model in each of the %d units below %s...%n", units.size(),
                    StackClient.ORGANISER);
            endToEnd = new EndToEnd(client, endToEnd.warmUp(), out);
            phases.lap("warm_up");

            out.printf("End to end: %,d REST commands from %d clients until reporting shows them...%n",
                    options.commands(), EndToEnd.CLIENTS);
            figures.putAll(endToEnd.throughput(options.commands()));
            phases.lap("end_to_end");
            out.printf("Freshness at %s commands/s, %d s each...%n", options.rates(), options.rateSeconds());
            for (int rate : options.rates()) {
                figures.putAll(endToEnd.freshness(rate, options.rateSeconds()));
                phases.lap("freshness_" + rate);
            }
            figures.put("stack_rss_mib_after_load", rssMib(data, out, "after the load"));

            InfrastructureServers infrastructure = stack.infrastructure();
            byte[] record = EventLoad.sampleRegistration();
            int rawCount = Math.max(options.commands(), 5_000);
            out.printf("Raw baselines: %,d records of %d bytes through a plain producer, consumer and MongoDB driver; "
                    + "%,d plain JDBC inserts...%n", rawCount, record.length, options.commands());
            double kafkaMongo = RawPipeline.kafkaToMongo(infrastructure.kafkaBootstrapServers(),
                    infrastructure.mongoUri(), "bench_raw_pipeline", record, rawCount, Duration.ofMinutes(10));
            double jdbc = RawPipeline.jdbcInserts(infrastructure.jdbcUrl("registration"),
                    infrastructure.postgresUsername(), infrastructure.postgresPassword(), record, options.commands(),
                    EndToEnd.CLIENTS);
            figures.put("raw_kafka_mongo_per_s", kafkaMongo);
            figures.put("raw_jdbc_per_s", jdbc);
            double raw = Math.min(kafkaMongo, jdbc);
            figures.put("raw_per_s", raw);
            figures.put("e2e_ratio_to_raw", ((Number) figures.get("e2e_per_s")).doubleValue() / raw);
            phases.lap("raw_baselines");
            measured = true;
        } finally {
            if (measured) {
                // nothing is measured while it stops: the next part starts its infrastructure meanwhile
                stopping = new Thread(() -> stop(stack, data), "bench-stack-stop");
                stopping.start();
            } else {
                stop(stack, data);
            }
        }
        return figures;
    }

    private static Thread stopping;

    /** Waits until the stack of the last {@link #run} has stopped (the next measurement must not share the CPU). */
    static void awaitStopped() throws InterruptedException {
        if (stopping != null) stopping.join();
        stopping = null;
    }

    private static void stop(RunningStack stack, Path data) {
        stack.close();
        deleteQuietly(data);
    }

    private static long rssMib(Path data, PrintStream out, String when) {
        Map<String, Long> rss = ProcessMemory.stackRssKib(data.resolve("postgres"));
        long total = rss.values().stream().mapToLong(Long::longValue).sum() / 1024;
        out.printf("  resident memory (%s): %,d MiB in %d processes%n", when, total, rss.size());
        rss.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.printf("    %,6d MiB  %s%n", e.getValue() / 1024, e.getKey()));
        return total;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it eventually
        }
    }
}
