package vn.thidua.reporting.domain.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event says about an item: it falls due ({@code due} set) or it is done ({@code clearedAt} set). The two
 * touch different fields, so they fold to the same item in any order and any number of times.
 */
public record DeadlineChange(String id, Deadline due, Instant clearedAt) {

    public DeadlineChange {
        Objects.requireNonNull(id, "id");
        if ((due == null) == (clearedAt == null)) {
            throw new IllegalArgumentException("A deadline change is either due or cleared: " + id);
        }
    }

    public static DeadlineChange due(Deadline item) {
        return new DeadlineChange(item.id(), item, null);
    }

    public static DeadlineChange cleared(String id, Instant at) {
        return new DeadlineChange(id, null, at);
    }
}
