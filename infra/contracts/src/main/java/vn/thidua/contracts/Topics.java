package vn.thidua.contracts;

import java.util.List;

/** Kafka topics: one per producing service, so each topic has a single writer. */
public final class Topics {
    public static final String REGISTRATION = "thidua.registration";
    public static final String REVIEW = "thidua.review";
    public static final String AWARD = "thidua.award";
    public static final List<String> ALL = List.of(REGISTRATION, REVIEW, AWARD);

    private Topics() {}
}
