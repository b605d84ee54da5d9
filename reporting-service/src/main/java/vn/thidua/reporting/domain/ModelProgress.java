package vn.thidua.reporting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far one model has come, folded from {@link ModelChange}s. Identity is the first seen (every event of a
 * model carries the same); registration details are the registration's; each milestone keeps the earliest time it
 * was reached. Milestones are never taken back, so the fold gives the same result whatever the order of the
 * changes and however often one is repeated.
 */
public record ModelProgress(String modelId, String campaignId, String unitId, Registration registration,
                            Map<Milestone, Instant> reached) {

    public ModelProgress {
        reached = reached.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reached));
    }

    /** The progress of a model first heard of through {@code change}. */
    public static ModelProgress from(ModelChange change) {
        return new ModelProgress(change.modelId(), change.campaignId(), change.unitId(), null, Map.of()).apply(change);
    }

    public ModelProgress apply(ModelChange change) {
        if (!modelId.equals(change.modelId())) {
            throw new IllegalArgumentException("Change of model " + change.modelId() + " applied to " + modelId);
        }
        Registration nextRegistration = change.registration() != null ? change.registration() : registration;
        Map<Milestone, Instant> next = new EnumMap<>(Milestone.class);
        next.putAll(reached);
        if (change.milestone() != null) {
            next.merge(change.milestone(), change.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return new ModelProgress(modelId, campaignId, unitId, nextRegistration, next);
    }

    public boolean has(Milestone milestone) {
        return reached.containsKey(milestone);
    }

    public Optional<Instant> reachedAt(Milestone milestone) {
        return Optional.ofNullable(reached.get(milestone));
    }
}
