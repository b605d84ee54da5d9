package vn.thidua.reporting.application;

import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Both ports in memory, folding with the domain rules, and a journal of the writes in the order they came. */
class InMemoryStores implements ProjectionStore, PositionStore, vn.thidua.reporting.application.history.ModelHistoryStore {

    final Map<String, vn.thidua.reporting.domain.history.HistoryEntry> history = new java.util.LinkedHashMap<>();

    @Override
    public void record(vn.thidua.reporting.domain.history.HistoryEntry entry) {
        history.putIfAbsent(entry.eventId(), entry);
    }

    @Override
    public List<vn.thidua.reporting.domain.history.HistoryEntry> entries(String modelId) {
        return history.values().stream().filter(e -> e.modelId().equals(modelId))
                .sorted(vn.thidua.reporting.domain.history.HistoryEntry.CHRONOLOGICAL).toList();
    }

    /** A guard that lets every call through: for tests of the counting rules, not of access (the ITs test that). */
    static vn.thidua.platform.security.AccessGuard openGuard() {
        return new vn.thidua.platform.security.AccessGuard((ancestor, unit) -> true) {
            @Override
            public void require(String unitId, vn.thidua.platform.security.Role... roles) {
            }

            @Override
            public void requireRole(vn.thidua.platform.security.Role... roles) {
            }

            @Override
            public boolean allows(String unitId, vn.thidua.platform.security.Role... roles) {
                return true;
            }
        };
    }


    final Map<String, ModelProgress> models = new HashMap<>();
    final Map<String, Campaign> campaigns = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, String> processed = new HashMap<>();
    final Map<String, Long> positions = new HashMap<>();
    final List<String> journal = new ArrayList<>();

    @Override
    public void apply(ModelChange change) {
        models.merge(change.modelId(), ModelProgress.from(change), (old, fresh) -> old.apply(change));
        journal.add("apply " + change.modelId());
    }

    @Override
    public void apply(CampaignChange change) {
        campaigns.merge(change.campaignId(), Campaign.from(change), (old, fresh) -> old.apply(change));
        journal.add("apply " + change.campaignId());
    }

    @Override
    public void apply(UnitChange change) {
        units.merge(change.unitId(), Unit.from(change), (old, fresh) -> old.apply(change));
        journal.add("apply " + change.unitId());
    }

    @Override
    public List<ModelProgress> models(String campaignId) {
        return models.values().stream().filter(m -> m.campaignId().equals(campaignId)).toList();
    }

    @Override
    public Optional<Campaign> campaign(String campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    @Override
    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(unitId == null ? null : units.get(unitId));
    }

    @Override
    public boolean isProcessed(String eventId) {
        return processed.containsKey(eventId);
    }

    @Override
    public void markProcessed(String eventId, String eventType, StreamPosition position) {
        processed.put(eventId, eventType);
        journal.add("processed " + eventId);
    }

    @Override
    public Optional<ModelProgress> find(String modelId) {
        return Optional.ofNullable(models.get(modelId));
    }

    @Override
    public CampaignCoverage coverage(String campaignId) {
        return CampaignCoverage.count(campaignId, models.values());
    }

    @Override
    public void save(StreamPosition position) {
        positions.merge(position.key(), position.offset(), Math::max);
        journal.add("position " + position.key() + "@" + position.offset());
    }

    @Override
    public OptionalLong lastApplied(String topic, int partition) {
        Long offset = positions.get(StreamPosition.key(topic, partition));
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }
}
