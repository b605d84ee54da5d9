package vn.thidua.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples of (time, events processed) of one consumer; rates are read from them by linear interpolation.
 * The rate "at" a count is the rate over its last fifth (from 80% of it), so a start-up does not blur it.
 */
final class Progress {

    private final List<long[]> samples = new ArrayList<>();

    synchronized void sample(long nanos, long processed) {
        if (!samples.isEmpty() && samples.get(samples.size() - 1)[1] == processed) return;
        samples.add(new long[]{nanos, processed});
    }

    synchronized long processed() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
    }

    /** Events per second from the first sample that saw progress to the last one. */
    synchronized double overallPerSecond() {
        if (samples.size() < 2) return Double.NaN;
        long[] first = samples.get(0);
        long[] last = samples.get(samples.size() - 1);
        return perSecond(last[1] - first[1], last[0] - first[0]);
    }

    /** Events per second over [0.8 × count, count]. */
    synchronized double perSecondAt(long count) {
        long from = Math.max(count * 4 / 5, samples.isEmpty() ? 0 : samples.get(0)[1]);
        double start = timeOf(from);
        double end = timeOf(count);
        if (Double.isNaN(start) || Double.isNaN(end) || end <= start) return Double.NaN;
        return perSecond(count - from, end - start);
    }

    /** When the count was reached (nanos, interpolated), or NaN when it was not. */
    private double timeOf(long count) {
        for (int i = 1; i < samples.size(); i++) {
            long[] a = samples.get(i - 1);
            long[] b = samples.get(i);
            if (b[1] >= count && a[1] <= count) {
                return a[0] + (double) (b[0] - a[0]) * (count - a[1]) / Math.max(1, b[1] - a[1]);
            }
        }
        return samples.size() == 1 && samples.get(0)[1] == count ? samples.get(0)[0] : Double.NaN;
    }

    private static double perSecond(double events, double nanos) {
        return nanos <= 0 ? Double.NaN : events / (nanos / 1e9);
    }
}
