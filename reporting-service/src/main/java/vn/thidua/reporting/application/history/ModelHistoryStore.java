package vn.thidua.reporting.application.history;

import vn.thidua.reporting.application.ProjectionBatch;
import vn.thidua.reporting.application.ProjectionBatchWriter;
import vn.thidua.reporting.domain.history.HistoryEntry;

import java.util.List;

/** The model_history projection (port; MongoDB in production). */
public interface ModelHistoryStore extends ProjectionBatchWriter {

    @Override
    default void write(ProjectionBatch batch) {
        recordAll(batch.history());
    }

    /** Keeps the entry unless one with its event id is kept already (a redelivery adds nothing). */
    void record(HistoryEntry entry);

    /** As {@link #record} for each entry; an adapter overrides it to write them in bulk. */
    default void recordAll(List<HistoryEntry> entries) {
        entries.forEach(this::record);
    }

    /** The model's entries, oldest first ({@link HistoryEntry#CHRONOLOGICAL}). */
    List<HistoryEntry> entries(String modelId);
}
