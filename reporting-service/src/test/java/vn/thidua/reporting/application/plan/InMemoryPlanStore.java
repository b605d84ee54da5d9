package vn.thidua.reporting.application.plan;

import vn.thidua.reporting.domain.plan.PlanFiling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan store in memory: the earliest filing per campaign and unit, as the MongoDB store keeps it. */
public class InMemoryPlanStore implements PlanStore {

    private final Map<String, PlanFiling> filings = new LinkedHashMap<>();

    @Override
    public void recordAll(List<PlanFiling> changes) {
        for (PlanFiling f : changes) {
            filings.merge(f.id(), f, (old, fresh) -> fresh.firstFiledAt().isBefore(old.firstFiledAt()) ? fresh : old);
        }
    }

    @Override
    public List<PlanFiling> ofCampaign(String campaignId) {
        return filings.values().stream().filter(f -> f.campaignId().equals(campaignId)).toList();
    }
}
