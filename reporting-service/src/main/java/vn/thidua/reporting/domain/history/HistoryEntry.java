package vn.thidua.reporting.domain.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One event in a model's history (its audit trail): when, who (the user and the unit they acted for,
 * as the event's actor names them), what, why (where the event gives a reason), a detail (file name, decision
 * number, award form, recognising unit) and the correlation id that ties it to the request that caused it. One
 * entry per event id: a redelivered event is the same entry.
 */
public record HistoryEntry(String eventId, String modelId, Instant at, String actorUserId, String actorUnitId,
                           ModelAction action, String reason, String detail, String correlationId) {

    /** Oldest first; events of the same instant by id, so the order is the same on every read. */
    public static final Comparator<HistoryEntry> CHRONOLOGICAL = Comparator.comparing(HistoryEntry::at)
            .thenComparing(HistoryEntry::eventId);

    public HistoryEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}
