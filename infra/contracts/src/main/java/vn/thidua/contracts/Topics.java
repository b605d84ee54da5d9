package vn.thidua.contracts;

import java.util.List;
import java.util.Map;

/** Kafka topics: one per producing service, so each topic has a single writer. */
public final class Topics {
    public static final String REGISTRATION = "thidua.registration";
    public static final String REVIEW = "thidua.review";
    public static final String AWARD = "thidua.award";
    public static final List<String> ALL = List.of(REGISTRATION, REVIEW, AWARD);

    /** The one producer ({@code ce_source}) of each topic: a consumer refuses a record from anyone else. */
    private static final Map<String, String> SOURCES = Map.of(
            REGISTRATION, CloudEventsAttributes.SOURCE_REGISTRATION_SERVICE,
            REVIEW, CloudEventsAttributes.SOURCE_REVIEW_SERVICE,
            AWARD, CloudEventsAttributes.SOURCE_AWARD_SERVICE);

    /** @throws IllegalArgumentException for a topic that is not published */
    public static String sourceOf(String topic) {
        String source = SOURCES.get(topic);
        if (source == null) throw new IllegalArgumentException("Not a published topic: " + topic);
        return source;
    }

    private Topics() {}
}
