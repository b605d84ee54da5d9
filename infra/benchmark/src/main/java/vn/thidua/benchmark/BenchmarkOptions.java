package vn.thidua.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code [--quick] [--checkpoints N,M,...] [--root DIR] [--output FILE]}. The run feeds as many
 * events as the last checkpoint and reports the projection's rate when it reaches each checkpoint.
 */
public record BenchmarkOptions(boolean quick, List<Integer> checkpoints, Path root, Path output, boolean help) {

    public static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark.jar [--quick] [--checkpoints N,M] [--root DIR] [--output FILE]
              --quick        small run (2,000 and 10,000 events), a few minutes
              --checkpoints  processed-event counts to report the rate at (default 10000,100000)
              --root         repository root, where reporting-service/target/*-exec.jar is (default: found upward)
              --output       the JSON file (default infra/benchmark/target/benchmark.json under the root)""";

    static final List<Integer> FULL = List.of(10_000, 100_000);
    static final List<Integer> QUICK = List.of(2_000, 10_000);

    public BenchmarkOptions {
        checkpoints = List.copyOf(checkpoints);
        if (checkpoints.isEmpty()) throw new IllegalArgumentException("at least one checkpoint is needed");
        for (int i = 0; i < checkpoints.size(); i++) {
            if (checkpoints.get(i) < 100) throw new IllegalArgumentException("a checkpoint must be at least 100");
            if (i > 0 && checkpoints.get(i) <= checkpoints.get(i - 1)) {
                throw new IllegalArgumentException("checkpoints must rise: " + checkpoints);
            }
        }
    }

    /** How many events the run feeds. */
    public int events() {
        return checkpoints.get(checkpoints.size() - 1);
    }

    /** @throws IllegalArgumentException for an unknown option or a bad value, naming it */
    public static BenchmarkOptions parse(String... args) {
        boolean quick = false;
        boolean help = false;
        List<Integer> checkpoints = null;
        Path root = null;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = value == null ? arg : arg.substring(0, arg.indexOf('='));
            switch (name) {
                case "--quick" -> quick = true;
                case "--help", "-h" -> help = true;
                case "--checkpoints", "--root", "--output" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new IllegalArgumentException(name + " needs a value");
                        value = args[++i];
                    }
                    switch (name) {
                        case "--checkpoints" -> checkpoints = counts(value);
                        case "--root" -> root = Path.of(value);
                        default -> output = Path.of(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchmarkOptions(quick, checkpoints != null ? checkpoints : quick ? QUICK : FULL, root, output, help);
    }

    private static List<Integer> counts(String value) {
        List<Integer> counts = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                counts.add(Integer.parseInt(part.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--checkpoints: not a number: " + part);
            }
        }
        return counts;
    }
}
