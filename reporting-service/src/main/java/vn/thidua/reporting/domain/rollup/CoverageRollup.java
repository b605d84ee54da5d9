package vn.thidua.reporting.domain.rollup;

import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A campaign's coverage rolled up the tree as it stood on one day (the end of a period, or an earlier "as of" day):
 * for the organiser and every unit below it then, per target kind, the units of its subtree and those with a
 * counting model at each stage or operating effectively; the models' funnel and fields. Only what happened before the day ends counts; a
 * model of a unit closed by then belongs to its successor. The rules: the README, "Periods and as of".
 */
public final class CoverageRollup {

    private final Campaign campaign;
    private final ReportPeriod period;
    private final LocalDate day;
    private final UnitTree tree;
    private final Map<String, Unit> inScope = new LinkedHashMap<>();
    private final Map<String, List<Unit>> children = new HashMap<>();
    private final Map<String, Map<String, Coverage>> coverage = new HashMap<>();
    private final Map<String, Map<ModelStage, Long>> funnel = new HashMap<>();
    private final Map<String, Map<String, Long>> fields = new HashMap<>();
    private final Map<String, List<String>> chains = new HashMap<>();
    private final List<CountedModel> counted = new ArrayList<>();

    /** A model counting on the day, with the unit it stands for then and the furthest stage it had reached. */
    public record CountedModel(ModelProgress model, String unitId, ModelStage furthest) {
    }

    private CoverageRollup(Campaign campaign, ReportPeriod period, LocalDate day, UnitTree tree) {
        this.campaign = campaign;
        this.period = period;
        this.day = day;
        this.tree = tree;
    }

    /**
     * @param asOf an earlier day to stand on than the period's end, or {@code null}
     * @param zone where days end (Vietnam time)
     */
    public static CoverageRollup of(Campaign campaign, UnitTree tree, Collection<ModelProgress> models,
                                    ReportPeriod period, LocalDate asOf, ZoneId zone) {
        LocalDate day = asOf != null && asOf.isBefore(period.to()) ? asOf : period.to();
        CoverageRollup rollup = new CoverageRollup(campaign, period, day, tree);
        rollup.fold(models, day.plusDays(1).atStartOfDay(zone).toInstant());
        return rollup;
    }

    private void fold(Collection<ModelProgress> models, Instant cutoff) {
        String organiser = campaign.organiserUnitId();
        chains.put(organiser, List.of(organiser));
        inScope.put(organiser, tree.find(organiser).orElse(Unit.unknown(organiser)));
        List<Unit> below = new ArrayList<>();
        for (Unit unit : tree.all()) {
            if (unit.unitId().equals(organiser) || unit.firstOpenDay(day, day).isEmpty()) continue;
            List<String> ancestors = tree.ancestorsOn(unit.unitId(), day);
            int at = ancestors.indexOf(organiser);
            // below the organiser that day through open units only (a closed parent whose units never moved: none)
            if (at < 0 || ancestors.subList(0, at).stream().anyMatch(a -> !openOn(a))) continue;
            List<String> chain = new ArrayList<>();
            chain.add(unit.unitId());
            chain.addAll(ancestors.subList(0, at + 1));
            chains.put(unit.unitId(), chain);
            below.add(unit);
        }
        below.sort(Comparator.comparing((Unit u) -> chains.get(u.unitId()).size())
                .thenComparing(Unit::displayName).thenComparing(Unit::unitId));
        for (Unit unit : below) {
            inScope.put(unit.unitId(), unit);
            children.computeIfAbsent(chains.get(unit.unitId()).get(1), k -> new ArrayList<>()).add(unit);
        }
        // what each unit reached, its merged predecessors' models included
        Map<String, EnumMap<ModelStage, Boolean>> reached = new HashMap<>();
        Set<String> effective = new HashSet<>();
        Map<String, long[]> ownStages = new HashMap<>();
        Map<String, Map<String, Long>> ownFields = new HashMap<>();
        for (ModelProgress model : models) {
            if (!model.campaignId().equals(campaign.campaignId()) || model.unitId() == null
                    || !model.countsBefore(cutoff)) {
                continue;
            }
            String unitId = standingFor(model.unitId());
            List<String> chain = chains.get(unitId);
            if (chain == null) continue;
            EnumMap<ModelStage, Boolean> flags = reached.computeIfAbsent(unitId, k -> new EnumMap<>(ModelStage.class));
            long[] stages = ownStages.computeIfAbsent(unitId, k -> new long[ModelStage.values().length]);
            ModelStage furthest = ModelStage.REGISTERED;
            for (ModelStage stage : ModelStage.values()) {
                if (!model.reachedBefore(stage, cutoff)) continue;
                flags.put(stage, true);
                furthest = stage;
                stages[stage.ordinal()]++;
            }
            if (model.effectiveBefore(cutoff)) effective.add(unitId);
            counted.add(new CountedModel(model, unitId, furthest));
            String field = model.field() == null ? "UNKNOWN" : model.field();
            ownFields.computeIfAbsent(unitId, k -> new HashMap<>()).merge(field, 1L, Long::sum);
        }
        // each unit's own counts, then added to it and every ancestor once
        ownStages.forEach((unitId, stages) -> {
            for (String ancestor : chains.get(unitId)) {
                Map<ModelStage, Long> counts = funnel.computeIfAbsent(ancestor, k -> new EnumMap<>(ModelStage.class));
                for (ModelStage stage : ModelStage.values()) {
                    if (stages[stage.ordinal()] > 0) counts.merge(stage, stages[stage.ordinal()], Long::sum);
                }
            }
        });
        ownFields.forEach((unitId, own) -> {
            for (String ancestor : chains.get(unitId)) {
                Map<String, Long> counts = fields.computeIfAbsent(ancestor, k -> new TreeMap<>());
                own.forEach((field, n) -> counts.merge(field, n, Long::sum));
            }
        });
        List<PlanTarget> targets = campaign.plan() == null ? List.of() : campaign.plan().coverageTargets();
        for (Unit unit : below) {
            List<String> chain = chains.get(unit.unitId());
            String parentLevel = inScope.get(chain.get(1)).level();
            Map<ModelStage, Boolean> flags = reached.getOrDefault(unit.unitId(), new EnumMap<>(ModelStage.class));
            for (PlanTarget target : targets) {
                if (!unit.isOfKind(target.unitKind(), parentLevel)) continue;
                for (String ancestor : chain.subList(1, chain.size())) {
                    coverage.computeIfAbsent(ancestor, k -> new LinkedHashMap<>())
                            .merge(target.unitKind(), empty(target).plus(
                                    flags.containsKey(ModelStage.REGISTERED),
                                    flags.containsKey(ModelStage.RECOGNIZED),
                                    flags.containsKey(ModelStage.PROPOSED_FOR_AWARD),
                                    flags.containsKey(ModelStage.AWARDED), effective.contains(unit.unitId())),
                                    Coverage::plus);
                }
            }
        }
    }

    private static Coverage empty(PlanTarget target) {
        return new Coverage(target.unitKind(), target, 0, 0, 0, 0, 0);
    }

    private boolean openOn(String unitId) {
        return tree.find(unitId).flatMap(u -> u.firstOpenDay(day, day)).isPresent();
    }

    public Campaign campaign() {
        return campaign;
    }

    public ReportPeriod period() {
        return period;
    }

    /** The day the figures stand on: the period's last day, or the earlier "as of" day. */
    public LocalDate day() {
        return day;
    }

    public UnitTree tree() {
        return tree;
    }

    /**
     * The unit that stands for this one on the day: itself, or, once merged into another by then (sáp nhập), its
     * successor ({@link UnitTree#standingOn}). Models and plans count there.
     */
    public String standingFor(String unitId) {
        return tree.standingOn(unitId, day);
    }

    /** Whether the unit was the organiser or below it on the day. */
    public boolean contains(String unitId) {
        return unitId != null && inScope.containsKey(unitId);
    }

    /** The organiser first, then the units below it by depth and name. */
    public List<Unit> units() {
        return List.copyOf(inScope.values());
    }

    /** Per target of the campaign (in its order), the coverage of the unit's subtree (zero units when none). */
    public List<Coverage> coverage(String unitId) {
        Map<String, Coverage> found = coverage.getOrDefault(unitId, Map.of());
        List<PlanTarget> targets = campaign.plan() == null ? List.of() : campaign.plan().coverageTargets();
        return targets.stream().map(t -> found.getOrDefault(t.unitKind(), empty(t))).toList();
    }

    /** Counting models of the unit and its subtree per stage reached (every stage listed). */
    public Map<ModelStage, Long> funnel(String unitId) {
        Map<ModelStage, Long> counts = new EnumMap<>(ModelStage.class);
        for (ModelStage stage : ModelStage.values()) {
            counts.put(stage, funnel.getOrDefault(unitId, Map.of()).getOrDefault(stage, 0L));
        }
        return counts;
    }

    /** Counting models of the unit and its subtree per field. */
    public Map<String, Long> fields(String unitId) {
        return Map.copyOf(fields.getOrDefault(unitId, Map.of()));
    }

    /** The units directly below it on the day, by name. */
    public List<Unit> children(String unitId) {
        return List.copyOf(children.getOrDefault(unitId, List.of()));
    }

    /** From the organiser down to the unit (both included); empty outside the rollup. */
    public List<Unit> path(String unitId) {
        if (!contains(unitId)) return List.of();
        Deque<Unit> path = new ArrayDeque<>();
        String current = unitId;
        while (current != null && contains(current)) {
            path.addFirst(inScope.get(current));
            if (current.equals(campaign.organiserUnitId())) break;
            current = inScope.get(current).parentOn(day);
        }
        return List.copyOf(path);
    }

    /** The unit and the units below it on the day, in the order of {@link #units()}. */
    public List<Unit> subtree(String unitId) {
        return inScope.values().stream().filter(u -> chains.get(u.unitId()).contains(unitId)).toList();
    }

    /** The counting models of the unit and its subtree, by unit in the order of {@link #units()}, then by id. */
    public List<CountedModel> models(String unitId) {
        Map<String, Integer> order = new HashMap<>();
        inScope.keySet().forEach(id -> order.put(id, order.size()));
        return counted.stream().filter(c -> chains.get(c.unitId()).contains(unitId))
                .sorted(Comparator.comparing((CountedModel c) -> order.get(c.unitId()))
                        .thenComparing(c -> c.model().modelId()))
                .toList();
    }

    public Unit unit(String unitId) {
        return inScope.get(unitId);
    }
}
