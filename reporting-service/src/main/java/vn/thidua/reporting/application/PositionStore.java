package vn.thidua.reporting.application;

import java.util.Collection;
import java.util.OptionalLong;

/** The projection's own read position in each topic partition, stored beside its data (port). */
public interface PositionStore {

    /** Records that everything up to and including {@code position.offset()} was applied. Never moves back. */
    void save(StreamPosition position);

    /** As {@link #save} for several partitions at once. */
    default void saveAll(Collection<StreamPosition> positions) {
        positions.forEach(this::save);
    }

    /** The offset of the last applied record of the partition, or empty when the projection has none. */
    OptionalLong lastApplied(String topic, int partition);
}
