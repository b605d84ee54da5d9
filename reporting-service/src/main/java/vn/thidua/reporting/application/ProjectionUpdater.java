package vn.thidua.reporting.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.reporting.application.campaign.CampaignChanges;
import vn.thidua.reporting.application.history.HistoryEntries;
import vn.thidua.reporting.application.history.ModelHistoryStore;
import vn.thidua.reporting.application.unit.UnitChanges;

import java.time.Instant;

/**
 * Folds inbound events into the projection (models, campaigns, the organisation tree, the models' history). Per record, in this order:
 * the model's, campaign's or unit's data, the event id as processed, the read position. A crash between any two
 * steps only causes a redelivery, which the folds (and the processed id) make harmless; an event id already
 * processed is not applied again.
 */
@Service
public class ProjectionUpdater {

    private static final Logger log = LoggerFactory.getLogger(ProjectionUpdater.class);

    /** What became of an inbound record. */
    public enum Outcome { APPLIED, DUPLICATE, SKIPPED }

    private final ProjectionStore projection;
    private final PositionStore positions;
    private final ModelHistoryStore history;

    public ProjectionUpdater(ProjectionStore projection, PositionStore positions, ModelHistoryStore history) {
        this.projection = projection;
        this.positions = positions;
        this.history = history;
    }

    /** As {@link #apply(String, String, IntegrationEvent, Instant, String, StreamPosition)} without a correlation id. */
    public Outcome apply(String eventId, String eventType, IntegrationEvent event, Instant time,
                         StreamPosition position) {
        return apply(eventId, eventType, event, time, null, position);
    }

    /**
     * @param eventId  the CloudEvents id ({@code ce_id})
     * @param time     the record's {@code ce_time}, used when the event lacks its own time
     * @param correlationId the record's {@code ce_correlationid}, kept in the model's history
     * @param position where it was read, or {@code null} when it did not come from a topic partition
     */
    public Outcome apply(String eventId, String eventType, IntegrationEvent event, Instant time,
                         String correlationId, StreamPosition position) {
        Outcome outcome;
        if (projection.isProcessed(eventId)) {
            log.debug("Event {} was applied already; skipped", eventId);
            outcome = Outcome.DUPLICATE;
        } else {
            EventChanges.of(event, time).ifPresent(projection::apply);
            CampaignChanges.of(event, time).ifPresent(projection::apply);
            UnitChanges.of(event, time).ifPresent(projection::apply);
            HistoryEntries.of(eventId, event, correlationId, time).ifPresent(history::record);
            projection.markProcessed(eventId, eventType, position);
            outcome = Outcome.APPLIED;
        }
        if (position != null) positions.save(position);
        return outcome;
    }

    /** A record this service does not read (unknown type): only the position moves past it. */
    public Outcome skip(StreamPosition position) {
        if (position != null) positions.save(position);
        return Outcome.SKIPPED;
    }
}
