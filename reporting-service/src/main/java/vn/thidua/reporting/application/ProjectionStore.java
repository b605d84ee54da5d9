package vn.thidua.reporting.application;

import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where the projection lives: models, campaigns and the organisation tree (port; MongoDB in production). */
public interface ProjectionStore {

    /** Folds the change into its model, creating the model when it is the first heard of it. Idempotent. */
    void apply(ModelChange change);

    /**
     * Folds the change into its campaign ({@link Campaign#apply}), creating it when it is the first heard of it.
     * Idempotent. A campaign's events share a topic partition, so they never race each other.
     */
    void apply(CampaignChange change);

    /** Folds the change into its unit ({@link Unit#apply}), creating it when first heard of. Idempotent. */
    void apply(UnitChange change);

    /**
     * Folds a batch's data changes (models, campaigns, units), each in its order; idempotent like the single
     * changes. An adapter overrides it to write the batch in bulk.
     */
    default void applyAll(ProjectionBatch batch) {
        batch.models().forEach(this::apply);
        batch.campaigns().forEach(this::apply);
        batch.units().forEach(this::apply);
    }

    /** Whether the event with this CloudEvents id was applied already. */
    boolean isProcessed(String eventId);

    /** Which of these CloudEvents ids were applied already. */
    default Set<String> processedAmong(Collection<String> eventIds) {
        return eventIds.stream().filter(this::isProcessed).collect(Collectors.toSet());
    }

    /** Remembers that the event was applied (after its data). */
    void markProcessed(String eventId, String eventType, StreamPosition position);

    /** Remembers that these events were applied (after their data). */
    default void markProcessed(List<ProjectionBatch.ProcessedEvent> events) {
        events.forEach(e -> markProcessed(e.eventId(), e.eventType(), e.position()));
    }

    Optional<ModelProgress> find(String modelId);

    CampaignCoverage coverage(String campaignId);

    /** Every model of the campaign heard of (registered or not). */
    List<ModelProgress> models(String campaignId);

    Optional<Campaign> campaign(String campaignId);

    /** The whole organisation tree as heard of. */
    List<Unit> units();

    /** One unit of the tree, if heard of. */
    Optional<Unit> unit(String unitId);
}
