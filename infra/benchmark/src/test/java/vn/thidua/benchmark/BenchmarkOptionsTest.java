package vn.thidua.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line only: the benchmark itself is run by hand, never by the build. */
class BenchmarkOptionsTest {

    @Test
    void withoutOptionsRunsTheFullCheckpoints() {
        BenchmarkOptions options = BenchmarkOptions.parse();
        assertThat(options.quick()).isFalse();
        assertThat(options.checkpoints()).containsExactly(10_000, 100_000);
        assertThat(options.events()).isEqualTo(100_000);
    }

    @Test
    void quickRunsSmallerCheckpoints() {
        BenchmarkOptions options = BenchmarkOptions.parse("--quick");
        assertThat(options.quick()).isTrue();
        assertThat(options.events()).isLessThan(100_000);
    }

    @Test
    void readsValuesAfterASpaceOrAnEqualsSign() {
        BenchmarkOptions options = BenchmarkOptions.parse("--checkpoints=500,5_000", "--root", "/repo",
                "--output=out.json");
        assertThat(options.checkpoints()).containsExactly(500, 5_000);
        assertThat(options.root()).isEqualTo(Path.of("/repo"));
        assertThat(options.output()).isEqualTo(Path.of("out.json"));
    }

    @Test
    void refusesUnknownOptionsAndBadCheckpointsNamingThem() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--checkpoints", "ten")).hasMessageContaining("ten");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--checkpoints=5000,1000")).hasMessageContaining("rise");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--root")).hasMessageContaining("--root");
    }

    @Test
    void writesNumbersAndTextAsJsonAndAMissingRateAsNull() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mode", "quick");
        figures.put("raw_per_s", 1234.5);
        figures.put("projection_per_s_at_100000", Double.NaN);
        assertThat(Benchmark.json(figures)).isEqualTo("""
                {
                  "mode": "quick",
                  "raw_per_s": 1234.5,
                  "projection_per_s_at_100000": null
                }
                """);
        assertThat(List.of(BenchmarkOptions.USAGE)).allMatch(u -> u.contains("--quick"));
    }
}
