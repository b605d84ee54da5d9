package vn.thidua.reporting.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage of a campaign: per unit (sorted by unit id) the number of models registered, recognised, proposed for
 * an award and awarded, and the totals. A campaign nobody reported on has no units and zero totals: coverage is
 * a count, never "not found".
 */
public record CampaignCoverage(String campaignId, List<UnitCoverage> units, Tally totals) {

    public CampaignCoverage {
        units = List.copyOf(units);
    }

    /** From per-unit counts (e.g. counted by the store), in any order. */
    public static CampaignCoverage of(String campaignId, Collection<UnitCoverage> units) {
        List<UnitCoverage> sorted = units.stream().sorted(Comparator.comparing(UnitCoverage::unitId)).toList();
        Tally totals = sorted.stream().map(UnitCoverage::tally).reduce(Tally.ZERO, Tally::plus);
        return new CampaignCoverage(campaignId, sorted, totals);
    }

    /**
     * The counting rule itself: each model of the campaign counts once in its unit for each milestone it reached. A
     * model heard of only through an amendment or a content confirmation has no unit yet and counts nowhere.
     */
    public static CampaignCoverage count(String campaignId, Collection<ModelProgress> models) {
        Map<String, Tally> byUnit = new TreeMap<>();
        models.stream().filter(m -> m.campaignId().equals(campaignId) && m.unitId() != null)
                .forEach(m -> byUnit.merge(m.unitId(), Tally.of(m), Tally::plus));
        return of(campaignId, byUnit.entrySet().stream().map(e -> new UnitCoverage(e.getKey(), e.getValue())).toList());
    }
}
