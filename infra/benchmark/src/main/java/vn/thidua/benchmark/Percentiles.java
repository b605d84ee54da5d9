package vn.thidua.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Percentiles of measured durations by the nearest-rank method: p is the smallest value with at least p% of the
 * values at or below it. No values: every figure is NaN (written as {@code null}).
 */
record Percentiles(int count, double p50, double p99, double max) {

    static Percentiles of(Collection<? extends Number> values) {
        if (values.isEmpty()) return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        List<Double> sorted = new ArrayList<>();
        for (Number value : values) sorted.add(value.doubleValue());
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
