package vn.thidua.reporting.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.reporting.application.award.AwardChanges;
import vn.thidua.reporting.application.campaign.CampaignChanges;
import vn.thidua.reporting.application.deadline.DeadlineChanges;
import vn.thidua.reporting.application.history.HistoryEntries;
import vn.thidua.reporting.application.plan.PlanFilings;
import vn.thidua.reporting.application.unit.UnitChanges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Folds inbound events into the projection, a batch at a time, in this order: the batch's data (models, campaigns,
 * units, then each {@link ProjectionBatchWriter} view: history, awards, deadlines, ...), its event ids as processed,
 * the read positions. A crash between any two
 * steps only causes a redelivery, which the folds (and the processed ids) make harmless; an event id already
 * processed, in the store or earlier in the batch, is not applied again.
 */
@Service
public class ProjectionUpdater {

    private static final Logger log = LoggerFactory.getLogger(ProjectionUpdater.class);

    /** What became of an inbound record. */
    public enum Outcome { APPLIED, DUPLICATE, SKIPPED }

    /**
     * One inbound record: an event ({@code event} set), or one this service does not read ({@code event} null).
     *
     * @param eventId       the CloudEvents id ({@code ce_id})
     * @param time          the record's {@code ce_time}, used when the event lacks its own time
     * @param correlationId the record's {@code ce_correlationid}, kept in the model's history
     * @param position      where it was read, or {@code null} when it did not come from a topic partition
     */
    public record Delivery(String eventId, String eventType, IntegrationEvent event, Instant time,
                           String correlationId, StreamPosition position) {

        public static Delivery skipped(StreamPosition position) {
            return new Delivery(null, null, null, null, null, position);
        }
    }

    /** The record at {@code index} of a batch breaks the projection's rules; the records before it were applied. */
    public static class RejectedDelivery extends IllegalArgumentException {
        private final int index;

        public RejectedDelivery(int index, IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    private final ProjectionStore projection;
    private final PositionStore positions;
    private final List<ProjectionBatchWriter> views;
    private final ProjectionWrites writes;

    /** Over these views, counting nothing (tests, tools). */
    public ProjectionUpdater(ProjectionStore projection, PositionStore positions, ProjectionBatchWriter... views) {
        this(projection, positions, List.of(views), new ProjectionWrites());
    }

    /**
     * @param views  every view beside models, campaigns and units (history, awards, deadlines, ...), each written
     *               after the data, in this order
     * @param writes counts the batches written (precomputed rollups go stale by it)
     */
    @Autowired
    public ProjectionUpdater(ProjectionStore projection, PositionStore positions, List<ProjectionBatchWriter> views,
                             ProjectionWrites writes) {
        this.projection = projection;
        this.positions = positions;
        this.views = List.copyOf(views);
        this.writes = writes;
    }

    /** As {@link #apply(String, String, IntegrationEvent, Instant, String, StreamPosition)} without a correlation id. */
    public Outcome apply(String eventId, String eventType, IntegrationEvent event, Instant time,
                         StreamPosition position) {
        return apply(eventId, eventType, event, time, null, position);
    }

    /** One record as a batch of one. */
    public Outcome apply(String eventId, String eventType, IntegrationEvent event, Instant time,
                         String correlationId, StreamPosition position) {
        try {
            return applyAll(List.of(new Delivery(eventId, eventType, event, time, correlationId, position))).get(0);
        } catch (RejectedDelivery e) {
            throw (IllegalArgumentException) e.getCause();
        }
    }

    /** A record this service does not read (unknown type): only the position moves past it. */
    public Outcome skip(StreamPosition position) {
        return applyAll(List.of(Delivery.skipped(position))).get(0);
    }

    /**
     * Applies the records in order and writes them as one batch.
     *
     * @return each record's outcome, in the order given
     * @throws RejectedDelivery for a malformed event; the records before it are applied and written first
     */
    public List<Outcome> applyAll(List<Delivery> deliveries) {
        Set<String> seen = new HashSet<>(projection.processedAmong(deliveries.stream().map(Delivery::eventId)
                .filter(Objects::nonNull).distinct().toList()));
        ProjectionBatch batch = new ProjectionBatch();
        List<Outcome> outcomes = new ArrayList<>(deliveries.size());
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery d = deliveries.get(i);
            try {
                outcomes.add(fold(d, seen, batch));
            } catch (IllegalArgumentException malformed) {
                write(batch);
                throw new RejectedDelivery(i, malformed);
            }
        }
        write(batch);
        return outcomes;
    }

    private static Outcome fold(Delivery d, Set<String> seen, ProjectionBatch batch) {
        Outcome outcome;
        if (d.event() == null) {
            outcome = Outcome.SKIPPED;
        } else if (!seen.add(d.eventId())) {
            log.debug("Event {} was applied already; skipped", d.eventId());
            outcome = Outcome.DUPLICATE;
        } else {
            // translate all first: a malformed event adds nothing to the batch
            var model = EventChanges.of(d.event(), d.time());
            var campaign = CampaignChanges.of(d.event(), d.time());
            var unit = UnitChanges.of(d.event(), d.time());
            var entry = HistoryEntries.of(d.eventId(), d.event(), d.correlationId(), d.time());
            var proposal = AwardChanges.proposal(d.event(), d.time());
            var round = AwardChanges.round(d.event(), d.time());
            var deadline = DeadlineChanges.of(d.event(), d.time());
            var plan = PlanFilings.of(d.event(), d.time());
            model.ifPresent(batch.models()::add);
            campaign.ifPresent(batch.campaigns()::add);
            unit.ifPresent(batch.units()::add);
            entry.ifPresent(batch.history()::add);
            proposal.ifPresent(batch.awardProposals()::add);
            round.ifPresent(batch.awardRounds()::add);
            deadline.ifPresent(batch.deadlines()::add);
            plan.ifPresent(batch.plans()::add);
            batch.processed().add(new ProjectionBatch.ProcessedEvent(d.eventId(), d.eventType(), d.position()));
            outcome = Outcome.APPLIED;
        }
        batch.readUpTo(d.position());
        return outcome;
    }

    private void write(ProjectionBatch batch) {
        if (batch.isEmpty()) return;
        projection.applyAll(batch);
        views.forEach(view -> view.write(batch));
        projection.markProcessed(batch.processed());
        positions.saveAll(batch.positions());
        writes.written();
    }
}
