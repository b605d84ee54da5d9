package vn.thidua.reporting.application;

import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelProgress;

import java.util.Optional;

/** Where the model projection lives (port; MongoDB in production). */
public interface ProjectionStore {

    /** Folds the change into its model, creating the model when it is the first heard of it. Idempotent. */
    void apply(ModelChange change);

    /** Whether the event with this CloudEvents id was applied already. */
    boolean isProcessed(String eventId);

    /** Remembers that the event was applied (after its data). */
    void markProcessed(String eventId, String eventType, StreamPosition position);

    Optional<ModelProgress> find(String modelId);

    CampaignCoverage coverage(String campaignId);
}
