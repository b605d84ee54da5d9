package vn.thidua.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTest {

    @Test
    void readsVmRssInKibFromAProcStatusText() {
        String status = """
                Name:\tjava
                VmPeak:\t 5000000 kB
                VmRSS:\t  412345 kB
                RssAnon:\t  400000 kB
                """;
        assertThat(ProcessMemory.vmRssKib(status)).isEqualTo(412_345);
        assertThat(ProcessMemory.vmRssKib("Name:\tzombie\nState:\tZ (zombie)\n")).isZero();
    }

    @Test
    void countsThisJvmEvenWithoutAPostgreSql(@TempDir Path noPostgres) {
        var rss = ProcessMemory.stackRssKib(noPostgres);
        if (Path.of("/proc/self/status").toFile().exists()) {
            assertThat(rss).containsKey(ProcessHandle.current().pid() + " benchmark (launcher, MongoDB stand-in)");
            assertThat(rss.values()).allMatch(kib -> kib > 0);
        }
    }
}
