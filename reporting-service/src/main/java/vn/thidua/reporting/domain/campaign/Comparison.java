package vn.thidua.reporting.domain.campaign;

/**
 * How a coverage target's percentage is compared (chỉ tiêu): AT_LEAST = đạt ít nhất (e.g. 100% of communes),
 * MORE_THAN = trên (e.g. more than 80% of agencies: exactly 80% does not meet it).
 */
public enum Comparison {
    AT_LEAST, MORE_THAN;

    /**
     * Whether {@code covered} of {@code total} units meet {@code percent}, compared exactly (in whole numbers,
     * never through a rounded percentage).
     *
     * @throws IllegalArgumentException when there are no units to judge or the counts are impossible
     */
    public boolean met(long covered, long total, int percent) {
        if (total <= 0) throw new IllegalArgumentException("No units to judge a target by");
        if (covered < 0 || covered > total) throw new IllegalArgumentException("covered must be within 0.." + total);
        long achieved = covered * 100;
        long required = (long) percent * total;
        return this == AT_LEAST ? achieved >= required : achieved > required;
    }
}
