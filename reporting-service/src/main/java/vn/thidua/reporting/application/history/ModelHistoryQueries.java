package vn.thidua.reporting.application.history;

import org.springframework.stereotype.Service;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.ReportingQueries;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.history.HistoryEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static vn.thidua.reporting.application.access.ReportingAccess.MODEL_READERS;

/** A model's history, for the readers of the model (its unit's subtree; 403 outside). */
@Service
public class ModelHistoryQueries {

    /** The model and what happened to it, oldest first. */
    public record ModelHistory(ModelProgress model, List<HistoryEntry> entries, Map<String, String> unitNames) {

        /** A unit's display name, or its id when never heard of. */
        public String unitName(String unitId) {
            return unitId == null ? "" : unitNames.getOrDefault(unitId, unitId);
        }
    }

    private final ProjectionStore projection;
    private final ModelHistoryStore history;
    private final ReportingQueries reporting;
    private final AccessGuard guard;

    public ModelHistoryQueries(ProjectionStore projection, ModelHistoryStore history, ReportingQueries reporting,
                               AccessGuard guard) {
        this.projection = projection;
        this.history = history;
        this.reporting = reporting;
        this.guard = guard;
    }

    /**
     * Refused (403) unless the caller reads models of the model's unit; empty (404) only to callers holding a reader
     * role, when no event of the model has made it known here.
     */
    public Optional<ModelHistory> history(String modelId) {
        guard.requireRole(MODEL_READERS);
        Optional<ModelProgress> model = projection.find(modelId);
        if (model.isEmpty()) return Optional.empty();
        reporting.requireReader(model.get());
        List<HistoryEntry> entries = history.entries(modelId);
        Map<String, String> names = new HashMap<>();
        Stream.concat(Stream.of(model.get().unitId()), entries.stream().map(HistoryEntry::actorUnitId))
                .filter(Objects::nonNull).distinct()
                .forEach(unitId -> projection.unit(unitId).ifPresent(unit -> names.put(unitId, unit.displayName())));
        return Optional.of(new ModelHistory(model.get(), entries, Map.copyOf(names)));
    }
}
