package vn.thidua.reporting.domain.breakdown;

import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.CoverageRollup.CountedModel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Breakdowns of a unit's subtree on the rollup's standing day, over its counting models: per registering unit the
 * models registered each year of the campaign against the plan's per-unit yearly target (seed 004: each unit registers
 * at least N models a year) and its late registrations; per year the units that met it; replicas per original
 * (nhân rộng); the models by field, registrant kind and novelty. A model counts for the unit it stands for on the
 * day (a merged commune's for its successor).
 */
public record Breakdowns(int perUnitPerYear, List<Integer> years, List<UnitYears> units, List<YearTotal> totals,
                         List<Replicas> replicas, Map<String, Long> byField, Map<String, Long> byRegistrantKind,
                         Map<String, Long> byNovelty) {

    /** What a model does not say (an older event) counts under this key. */
    public static final String UNKNOWN = "UNKNOWN";

    /** One registering unit: its models per year (in the order of {@code years}) and its late registrations. */
    public record UnitYears(String unitId, String name, List<Long> models, long late) {

        /** Whether the unit met the yearly target in the year at {@code index}. */
        public boolean met(int index, int perUnitPerYear) {
            return models.get(index) >= perUnitPerYear;
        }
    }

    /**
     * A year: the units that registered counting models in the campaign, those that registered at least the target
     * (and at least one) that year, and the models registered that year.
     */
    public record YearTotal(int year, long units, long met, long models) {
    }

    /** An original model and its counting replicas in the subtree; {@code title} null when not among them. */
    public record Replicas(String originalId, String title, List<String> replicaIds) {
    }

    public static Breakdowns of(CoverageRollup rollup, String unitId, ZoneId zone) {
        int perUnit = rollup.campaign().plan() == null ? 0 : rollup.campaign().plan().modelsPerUnitPerYear();
        List<Integer> years = new ArrayList<>();
        for (int y = rollup.campaign().startYear(); y <= Math.min(rollup.campaign().endYear(), rollup.day().getYear());
             y++) {
            years.add(y);
        }
        List<CountedModel> models = rollup.models(unitId);
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        Map<String, Long> late = new LinkedHashMap<>();
        Map<String, List<String>> replicas = new TreeMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> novelty = new TreeMap<>();
        for (CountedModel counted : models) {
            ModelProgress model = counted.model();
            titles.put(model.modelId(), title(model));
            kinds.merge(model.registration() == null || model.registration().registrantKind() == null ? UNKNOWN
                    : model.registration().registrantKind(), 1L, Long::sum);
            novelty.merge(model.registration() == null || model.registration().novelty() == null ? UNKNOWN
                    : model.registration().novelty(), 1L, Long::sum);
            long[] counts = byUnit.computeIfAbsent(counted.unitId(), k -> new long[years.size()]);
            late.merge(counted.unitId(), model.registration() != null && model.registration().isLate() ? 1L : 0L,
                    Long::sum);
            Instant registered = model.reachedAt(ModelStage.REGISTERED).orElse(null);
            if (registered != null) {
                int index = years.indexOf(registered.atZone(zone).getYear());
                if (index >= 0) counts[index]++;
            }
            if (model.registration() != null && model.registration().isReplica()) {
                replicas.computeIfAbsent(model.registration().replicaOf(), k -> new ArrayList<>()).add(model.modelId());
            }
        }
        List<UnitYears> units = byUnit.entrySet().stream().map(e -> new UnitYears(e.getKey(),
                rollup.unit(e.getKey()).displayName(), java.util.Arrays.stream(e.getValue()).boxed().toList(),
                late.get(e.getKey()))).toList();
        List<YearTotal> totals = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            totals.add(new YearTotal(years.get(i), units.size(),
                    units.stream().filter(u -> u.models().get(index) > 0 && u.met(index, perUnit)).count(),
                    units.stream().mapToLong(u -> u.models().get(index)).sum()));
        }
        List<Replicas> replicaRows = replicas.entrySet().stream()
                .map(e -> new Replicas(e.getKey(), titles.get(e.getKey()), List.copyOf(e.getValue()))).toList();
        return new Breakdowns(perUnit, List.copyOf(years), units, totals, replicaRows,
                new TreeMap<>(rollup.fields(unitId)), kinds, novelty);
    }

    private static String title(ModelProgress model) {
        if (model.details() != null && model.details().title() != null) return model.details().title();
        return model.registration() == null ? null : model.registration().title();
    }
}
