package vn.thidua.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
    void quickRunStaysSmallAndEveryRunMeasuresFreshnessAtTheIssueRates() {
        BenchmarkOptions full = BenchmarkOptions.parse();
        BenchmarkOptions quick = BenchmarkOptions.parse("--quick");
        assertThat(full.rates()).containsExactly(20, 50, 100);
        assertThat(quick.rates()).containsExactly(20, 50, 100);
        assertThat(quick.commands()).isLessThan(full.commands());
        assertThat(quick.rateSeconds()).isLessThan(full.rateSeconds());
        assertThat(full.jvmArgs()).as("the local stack's own defaults").isNull();
    }

    @Test
    void readsTheEndToEndOptions() {
        BenchmarkOptions options = BenchmarkOptions.parse("--commands=1_000", "--rates", "10,100", "--rate-seconds=5",
                "--jvm-args", "-Xmx256m  -XX:+UseSerialGC");
        assertThat(options.commands()).isEqualTo(1_000);
        assertThat(options.rates()).containsExactly(10, 100);
        assertThat(options.rateSeconds()).isEqualTo(5);
        assertThat(options.jvmArgs()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(options.skipStack()).isFalse();
        assertThat(BenchmarkOptions.parse("--skip-stack").skipStack()).isTrue();
    }

    @Test
    void refusesRatesAndCountsOutOfRangeNamingTheOption() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--rates=0")).hasMessageContaining("--rates");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--commands=5")).hasMessageContaining("--commands");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--rate-seconds=x")).hasMessageContaining("--rate-seconds");
    }
}
