package vn.thidua.review.domain;

/**
 * When a review meeting counts: at least {@code quorum} of the members present, and more than {@code majority} of
 * those present voting for. Both are fractions ({@code numerator/denominator}), compared exactly.
 */
public record MeetingRules(int quorumNumerator, int quorumDenominator, int majorityNumerator,
                           int majorityDenominator) {

    /** Two thirds present; more than half of those present for. */
    public static final MeetingRules DEFAULT = new MeetingRules(2, 3, 1, 2);

    public boolean quorumMet(int present, int total) {
        return (long) present * quorumDenominator >= (long) total * quorumNumerator;
    }

    public boolean majorityFor(int votesFor, int present) {
        return (long) votesFor * majorityDenominator > (long) present * majorityNumerator;
    }
}
