package vn.thidua.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * A further measurement merged into {@code benchmark.json} and the table, found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/vn.thidua.benchmark.FigureSource}). It runs after the built-in parts,
 * on infrastructure of its own; its figures replace placeholders of the same name ({@code coverage_query_p99_ms}).
 */
public interface FigureSource {

    /** What it measures, printed before it runs. */
    String name();

    /**
     * @param root  the repository root (service jars under {@code <service>/target})
     * @param quick whether this is the {@code --quick} run (keep it to about a minute)
     * @return figures by name: numbers, text, or {@code null} for "not measured"
     */
    Map<String, Object> measure(Path root, boolean quick, PrintStream out) throws Exception;
}
