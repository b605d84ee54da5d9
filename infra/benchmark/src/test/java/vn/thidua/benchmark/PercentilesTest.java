package vn.thidua.benchmark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredValues() {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) values.add(i);
        Collections.shuffle(values);
        Percentiles percentiles = Percentiles.of(values);
        assertThat(percentiles.count()).isEqualTo(100);
        assertThat(percentiles.p50()).isEqualTo(50);
        assertThat(percentiles.p99()).isEqualTo(99);
        assertThat(percentiles.max()).isEqualTo(100);
    }

    @Test
    void fewValuesGiveTheHighestAsP99AndOneValueIsEveryPercentile() {
        assertThat(Percentiles.of(List.of(30.0, 10.0, 20.0)).p99()).isEqualTo(30.0);
        assertThat(Percentiles.of(List.of(30.0, 10.0, 20.0)).p50()).isEqualTo(20.0);
        Percentiles one = Percentiles.of(List.of(7L));
        assertThat(List.of(one.p50(), one.p99(), one.max())).containsOnly(7.0);
    }

    @Test
    void noValuesAreNotMeasured() {
        Percentiles none = Percentiles.of(List.of());
        assertThat(none.count()).isZero();
        assertThat(none.p99()).isNaN();
    }
}
