package vn.thidua.benchmark;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How figures are written to benchmark.json and printed in the table. */
class BenchmarkJsonTest {

    @Test
    void writesNumbersRoundedTextEscapedAndWhatWasNotMeasuredAsNull() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mode", "quick");
        figures.put("raw_per_s", 1234.5678);
        figures.put("e2e_commands", 400L);
        figures.put("rebuild_per_s_at_100000", Double.NaN);
        figures.put("coverage_query_p99_ms", null);
        figures.put("stack_jvm_args", "-Dname=\"x\"");
        assertThat(Benchmark.json(figures)).isEqualTo("""
                {
                  "mode": "quick",
                  "raw_per_s": 1234.57,
                  "e2e_commands": 400,
                  "rebuild_per_s_at_100000": null,
                  "coverage_query_p99_ms": null,
                  "stack_jvm_args": "-Dname=\\"x\\""
                }
                """);
    }

    @Test
    void theTableShowsSeparatorsTwoDecimalsAndADashForWhatIsMissing() {
        assertThat(Benchmark.text(12345L)).isEqualTo("12,345");
        assertThat(Benchmark.text(0.7049)).isEqualTo("0.70");
        assertThat(Benchmark.text(Double.NaN)).isEqualTo("—");
        assertThat(Benchmark.text(null)).isEqualTo("—");
        assertThat(Benchmark.text("quick")).isEqualTo("quick");
    }

    @Test
    void everyHeadlineFigureOfTheIssueIsWritten() {
        assertThat(Benchmark.HEADLINE).contains("e2e_per_s", "raw_per_s", "e2e_ratio_to_raw",
                "freshness_p99_ms_at_100", "rebuild_ratio_to_raw", "coverage_query_p99_ms", "stack_ready_s",
                "stack_rss_mib");
    }
}
