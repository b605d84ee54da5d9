package vn.thidua.reporting.application;

/** Where an event was read: a topic partition and the offset of its record. */
public record StreamPosition(String topic, int partition, long offset) {

    public StreamPosition {
        if (topic == null || topic.isBlank()) throw new IllegalArgumentException("topic is required");
        if (partition < 0) throw new IllegalArgumentException("partition must not be negative");
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
    }

    /** {@code <topic>-<partition>}, the id of the stored position. */
    public String key() {
        return key(topic, partition);
    }

    public static String key(String topic, int partition) {
        return topic + "-" + partition;
    }
}
