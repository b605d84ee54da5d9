package vn.thidua.reporting.application;

import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.award.AwardProposal;
import vn.thidua.reporting.domain.award.AwardRound;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.deadline.DeadlineChange;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.domain.plan.PlanFiling;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one batch of inbound events changes, each list in the order the events were read: the data, the event ids now
 * processed and the furthest position per topic partition. A new kind of change gets a list here, filled in
 * {@link ProjectionUpdater}'s fold and written by its view's {@link ProjectionBatchWriter}.
 */
public final class ProjectionBatch {

    /** An applied event, remembered so that a redelivery is not applied again. */
    public record ProcessedEvent(String eventId, String eventType, StreamPosition position) {
    }

    private final List<ModelChange> models = new ArrayList<>();
    private final List<CampaignChange> campaigns = new ArrayList<>();
    private final List<UnitChange> units = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<AwardProposal> awardProposals = new ArrayList<>();
    private final List<AwardRound> awardRounds = new ArrayList<>();
    private final List<DeadlineChange> deadlines = new ArrayList<>();
    private final List<PlanFiling> plans = new ArrayList<>();
    private final List<ProcessedEvent> processed = new ArrayList<>();
    private final Map<String, StreamPosition> positions = new LinkedHashMap<>();

    public List<ModelChange> models() {
        return models;
    }

    public List<CampaignChange> campaigns() {
        return campaigns;
    }

    public List<UnitChange> units() {
        return units;
    }

    public List<HistoryEntry> history() {
        return history;
    }

    /** Partial views of award proposals, written by the award store. */
    public List<AwardProposal> awardProposals() {
        return awardProposals;
    }

    public List<AwardRound> awardRounds() {
        return awardRounds;
    }

    /** Items set or cleared (nhắc hạn), written by the deadline store after the data. */
    public List<DeadlineChange> deadlines() {
        return deadlines;
    }

    /** Units' own plans filed (kế hoạch thực hiện), written by the plan store after the data. */
    public List<PlanFiling> plans() {
        return plans;
    }

    public List<ProcessedEvent> processed() {
        return processed;
    }

    /** The furthest position read in each topic partition. */
    public Collection<StreamPosition> positions() {
        return positions.values();
    }

    void readUpTo(StreamPosition position) {
        if (position == null) return;
        positions.merge(position.key(), position, (old, fresh) -> fresh.offset() > old.offset() ? fresh : old);
    }

    public boolean isEmpty() {
        return models.isEmpty() && campaigns.isEmpty() && units.isEmpty() && history.isEmpty()
                && awardProposals.isEmpty() && awardRounds.isEmpty() && deadlines.isEmpty() && plans.isEmpty() && processed.isEmpty()
                && positions.isEmpty();
    }
}
