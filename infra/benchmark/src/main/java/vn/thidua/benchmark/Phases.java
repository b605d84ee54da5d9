package vn.thidua.benchmark;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a run's time goes: each lap (since the previous one) is printed and kept as the figure
 * {@code phase_<name>_s}, so a slow run tells which part made it slow.
 */
final class Phases {

    private final Map<String, Object> figures;
    private final PrintStream out;
    private long since = System.nanoTime();

    Phases(Map<String, Object> figures, PrintStream out) {
        this.figures = figures;
        this.out = out;
    }

    /** Ends the phase {@code name} now and starts the next. */
    void lap(String name) {
        long now = System.nanoTime();
        double seconds = (now - since) / 1e9;
        since = now;
        figures.put("phase_" + name + "_s", seconds);
        Runtime jvm = Runtime.getRuntime();
        out.printf("  [phase] %s: %.1f s (this JVM's heap: %,d MiB used of %,d)%n", name, seconds,
                (jvm.totalMemory() - jvm.freeMemory()) >> 20, jvm.totalMemory() >> 20);
    }
}
