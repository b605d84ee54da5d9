package vn.thidua.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code [--quick] [--commands N] [--rates R,S] [--rate-seconds S] [--jvm-args "..."]
 * [--checkpoints N,M] [--root DIR] [--output FILE]}. Defaults differ between the full and the quick run.
 */
public record BenchmarkOptions(boolean quick, List<Integer> checkpoints, Path root, Path output, boolean help,
                               int commands, List<Integer> rates, int rateSeconds, List<String> jvmArgs,
                               boolean skipStack) {

    public static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark.jar [--quick] [options]
              --quick         small run (Vĩnh Linh's units instead of the whole tree, 300 commands, 8 s a rate,
                              rebuild of 1,000 and 5,000 events)
              --commands      REST commands for the end-to-end throughput (default 3000)
              --rates         fixed command rates a second for freshness (default 20,50,100)
              --rate-seconds  how long each rate is held (default 60)
              --skip-stack    only the rebuild (and further sources): no local stack, no end-to-end figures
              --jvm-args      JVM options of every stack process, space-separated (default the local stack's)
              --checkpoints   event counts to report the rebuild rate at (default 10000,100000)
              --root          repository root, where the services' target/*-exec.jar are (default: found upward)
              --output        the JSON file (default infra/benchmark/target/benchmark.json under the root)""";

    static final List<Integer> FULL = List.of(10_000, 100_000);
    static final List<Integer> QUICK = List.of(1_000, 5_000);
    static final List<Integer> RATES = List.of(20, 50, 100);

    public BenchmarkOptions {
        checkpoints = List.copyOf(checkpoints);
        rates = List.copyOf(rates);
        jvmArgs = jvmArgs == null ? null : List.copyOf(jvmArgs);
        if (checkpoints.isEmpty()) throw new IllegalArgumentException("at least one checkpoint is needed");
        for (int i = 0; i < checkpoints.size(); i++) {
            if (checkpoints.get(i) < 100) throw new IllegalArgumentException("a checkpoint must be at least 100");
            if (i > 0 && checkpoints.get(i) <= checkpoints.get(i - 1)) {
                throw new IllegalArgumentException("checkpoints must rise: " + checkpoints);
            }
        }
        if (commands < 10) throw new IllegalArgumentException("--commands must be at least 10");
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r < 1 || r > 1000)) {
            throw new IllegalArgumentException("--rates must be between 1 and 1000 a second: " + rates);
        }
        if (rateSeconds < 1) throw new IllegalArgumentException("--rate-seconds must be at least 1");
    }

    /** How many events the rebuild feeds. */
    public int events() {
        return checkpoints.get(checkpoints.size() - 1);
    }

    /** @throws IllegalArgumentException for an unknown option or a bad value, naming it */
    public static BenchmarkOptions parse(String... args) {
        boolean quick = false;
        boolean help = false;
        boolean skipStack = false;
        List<Integer> checkpoints = null;
        Integer commands = null;
        List<Integer> rates = null;
        Integer rateSeconds = null;
        List<String> jvmArgs = null;
        Path root = null;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = value == null ? arg : arg.substring(0, arg.indexOf('='));
            switch (name) {
                case "--quick" -> quick = true;
                case "--help", "-h" -> help = true;
                case "--skip-stack" -> skipStack = true;
                case "--checkpoints", "--root", "--output", "--commands", "--rates", "--rate-seconds", "--jvm-args" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new IllegalArgumentException(name + " needs a value");
                        value = args[++i];
                    }
                    switch (name) {
                        case "--checkpoints" -> checkpoints = counts(name, value);
                        case "--commands" -> commands = counts(name, value).get(0);
                        case "--rates" -> rates = counts(name, value);
                        case "--rate-seconds" -> rateSeconds = counts(name, value).get(0);
                        case "--jvm-args" -> jvmArgs = List.of(value.strip().split("\\s+"));
                        case "--root" -> root = Path.of(value);
                        default -> output = Path.of(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchmarkOptions(quick, checkpoints != null ? checkpoints : quick ? QUICK : FULL, root, output, help,
                commands != null ? commands : quick ? 300 : 3000, rates != null ? rates : RATES,
                rateSeconds != null ? rateSeconds : quick ? 8 : 60, jvmArgs, skipStack);
    }

    private static List<Integer> counts(String option, String value) {
        List<Integer> counts = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                counts.add(Integer.parseInt(part.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a number: " + part);
            }
        }
        return counts;
    }
}
