package vn.thidua.benchmark;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelEffectivenessAssessed;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.reporting.application.PositionStore;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.ProjectionUpdater.Delivery;
import vn.thidua.reporting.application.ProjectionWrites;
import vn.thidua.reporting.application.StreamPosition;
import vn.thidua.reporting.application.dashboard.CoverageRollups;
import vn.thidua.reporting.application.history.ModelHistoryStore;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/**
 * Coverage queries on a generated national tree (34 provinces, 3,321 communes after the 2025 merger, about 100,000
 * villages, 1,000,000 models; a tenth of that with {@code quick}), loaded through the projection's batch path into
 * memory; p50/p99 of random (unit, period) queries answered from precomputed rollups. Figures printed, never asserted.
 */
public final class NationalCoverage implements FigureSource {

    private static final String CAMPAIGN = "national-2023-2025";
    private static final String ROOT = "VN";
    private static final LocalDate LONG_AGO = LocalDate.of(2008, 1, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final Instant START = Instant.parse("2023-01-01T02:00:00Z");
    private static final Actor ACTOR = new Actor("benchmark", ROOT);
    private static final List<String> VERDICTS = List.of("EFFECTIVE", "EFFECTIVE", "WEAKENED", "STOPPED");

    /** For {@link java.util.ServiceLoader}: the benchmark's last part. */
    public NationalCoverage() {
    }

    @Override
    public String name() {
        return "national-scale coverage queries (generated country, precomputed rollups)";
    }

    @Override
    public Map<String, Object> measure(java.nio.file.Path root, boolean quick, java.io.PrintStream out) {
        return run(quick);
    }

    public static void main(String[] args) {
        run(Arrays.asList(args).contains("--quick")).forEach((k, v) -> System.out.printf("%s = %s%n", k, v));
    }

    /** Generates, loads, precomputes and queries; returns the figures ({@code coverage_query_p99_ms} among them). */
    public static Map<String, Object> run(boolean quick) {
        int scale = quick ? 10 : 1;
        int communes = 3_321 / scale;
        int models = 1_000_000 / scale;
        int queries = quick ? 2_000 : 10_000;
        Random random = new Random(13);
        Map<String, Object> figures = new LinkedHashMap<>();

        Memory store = new Memory();
        ProjectionWrites writes = new ProjectionWrites();
        ProjectionUpdater updater = new ProjectionUpdater(store, store, List.of(store), writes);
        Loader loader = new Loader(updater);
        long started = System.nanoTime();
        Tree tree = Tree.generate(communes, random, loader);
        generateModels(tree, models, random, loader);
        loader.flush();
        figures.put("national_provinces", 34);
        figures.put("national_communes", tree.communes.size());
        figures.put("national_villages", tree.villages.size());
        figures.put("national_models", models);
        figures.put("national_events", loader.sent);
        figures.put("national_load_s", round((System.nanoTime() - started) / 1e9));
        System.out.printf("National dataset: %,d units, %,d models, %,d events loaded in %s s%n",
                store.units.size(), models, loader.sent, figures.get("national_load_s"));

        CoverageRollups rollups = new CoverageRollups(store, () -> "g#" + writes.count());
        Campaign campaign = store.campaign(CAMPAIGN).orElseThrow();
        List<ReportPeriod> periods = ReportPeriod.of(campaign);
        long precompute = System.nanoTime();
        rollups.precompute(campaign);
        double precomputeMs = (System.nanoTime() - precompute) / 1e6;
        figures.put("rollup_precompute_ms", round(precomputeMs));
        figures.put("rollup_precompute_per_period_ms", round(precomputeMs / periods.size()));
        System.out.printf("Precomputed %d periods in %.0f ms%n", periods.size(), precomputeMs);

        // random (unit, period): a level first (nation, province, commune, village), then a unit of that level
        CoverageRollup whole = rollups.rollup(campaign, ReportPeriod.wholeCampaign(campaign), null);
        List<List<String>> levels = List.of(List.of(ROOT), tree.provinces, tree.communes, tree.villages);
        long[] nanos = new long[queries];
        long checksum = 0;
        for (int i = 0; i < queries; i++) {
            List<String> level = levels.get(random.nextInt(levels.size()));
            String unit = level.get(random.nextInt(level.size()));
            ReportPeriod period = periods.get(random.nextInt(periods.size()));
            long t = System.nanoTime();
            checksum += query(rollups, campaign, period, null, unit);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        figures.put("coverage_queries", queries);
        figures.put("coverage_query_p50_ms", round(nanos[queries / 2] / 1e6));
        figures.put("coverage_query_p99_ms", round(nanos[(int) Math.ceil(queries * 0.99) - 1] / 1e6));
        figures.put("coverage_query_max_ms", round(nanos[queries - 1] / 1e6));

        // an "as of" day nobody asked before is folded on first demand
        int cold = quick ? 3 : 5;
        long[] coldNanos = new long[cold];
        for (int i = 0; i < cold; i++) {
            LocalDate asOf = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1_090));
            long t = System.nanoTime();
            checksum += query(rollups, campaign, ReportPeriod.wholeCampaign(campaign), asOf, ROOT);
            coldNanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(coldNanos);
        figures.put("coverage_asof_first_p50_ms", round(coldNanos[cold / 2] / 1e6));
        figures.put("national_covered_villages", whole.coverage(ROOT).stream()
                .filter(c -> c.unitKind().equals("village")).mapToLong(c -> c.registered()).sum());
        figures.put("national_effective_villages", whole.coverage(ROOT).stream()
                .filter(c -> c.unitKind().equals("village")).mapToLong(c -> c.effective()).sum());
        System.out.printf("Coverage query over %,d random (unit, period): p50 %s ms, p99 %s ms, max %s ms; first"
                        + " query of a new as-of day p50 %s ms (checksum %d)%n", queries,
                figures.get("coverage_query_p50_ms"), figures.get("coverage_query_p99_ms"),
                figures.get("coverage_query_max_ms"), figures.get("coverage_asof_first_p50_ms"), checksum);
        return figures;
    }

    /** What the dashboard reads for one unit: its coverage, funnel and fields, and each child's coverage. */
    private static long query(CoverageRollups rollups, Campaign campaign, ReportPeriod period, LocalDate asOf,
                              String unit) {
        CoverageRollup rollup = rollups.rollup(campaign, period, asOf);
        long sum = rollup.coverage(unit).stream().mapToLong(c -> c.registered() + c.effective()).sum();
        sum += rollup.funnel(unit).size() + rollup.fields(unit).size();
        for (Unit child : rollup.children(unit)) {
            sum += rollup.coverage(child.unitId()).stream().mapToLong(c -> c.units()).sum();
        }
        return sum;
    }

    /** Models registered over the campaign: by villages (four in five) or communes; some recognised, assessed. */
    private static void generateModels(Tree tree, int count, Random random, Loader loader) {
        for (int i = 0; i < count; i++) {
            String id = "m" + i;
            Instant at = START.plusSeconds((long) random.nextInt(1_090) * 86_400 + random.nextInt(36_000));
            LocalDate day = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
            String unit;
            if (random.nextInt(5) > 0) {
                unit = tree.villages.get(random.nextInt(tree.villages.size()));
            } else {
                int commune = random.nextInt(tree.communes.size());
                // before the merger a commune's models are its predecessors'
                unit = day.isBefore(MERGER) ? tree.predecessors.get(commune).get(random.nextInt(2))
                        : tree.communes.get(commune);
            }
            ModelField field = ModelField.values()[random.nextInt(ModelField.values().length - 1)];
            loader.send(new ModelRegistered(id, CAMPAIGN, unit, ROOT, RegistrantKind.COLLECTIVE, "Mô hình " + i,
                    field, false, ModelNovelty.NEW, null, "Nội dung", "Cách làm", "Kết quả", day, false, null,
                    ACTOR, at));
            int fate = random.nextInt(100);
            if (fate < 3) {
                loader.send(new ModelWithdrawn(id, CAMPAIGN, unit, "Rút", ACTOR, at.plusSeconds(86_400L * 30)));
            } else if (fate < 40) {
                Instant assessed = at.plusSeconds(86_400L * (30 + random.nextInt(300)));
                loader.send(new ModelEffectivenessAssessed("rc-" + id, id, CAMPAIGN, unit, ROOT, "SIX_MONTH",
                        2024, VERDICTS.get(random.nextInt(VERDICTS.size())), "Minh chứng", day, ACTOR, assessed));
                if (fate < 20) {
                    loader.send(new ModelRecognized("rc-" + id, id, CAMPAIGN, unit, ROOT, ACTOR, assessed));
                }
            }
        }
    }

    /**
     * A national tree: 34 provinces; until the merger of 1 July 2025 about ten districts each with communes, two of
     * them merged into each commune of today (the districts abolished); about 30 villages per commune, moved to
     * the new commune on the merger.
     */
    private static final class Tree {
        final List<String> provinces = new ArrayList<>();
        final List<String> communes = new ArrayList<>();
        final List<List<String>> predecessors = new ArrayList<>();
        final List<String> villages = new ArrayList<>();

        static Tree generate(int communeCount, Random random, Loader loader) {
            Tree tree = new Tree();
            loader.send(new UnitOpened(ROOT, null, "quốc gia", "nation", ROOT, "Việt Nam", List.of(), LONG_AGO, ACTOR,
                    START));
            loader.send(new CampaignLaunched(CAMPAIGN, ROOT, "Phong trào thi đua \"Dân vận khéo\"", null, 2023, 2025,
                    List.of(), List.of(), List.of(new CoverageTarget("commune", TargetComparison.AT_LEAST, 100),
                    new CoverageTarget("village", TargetComparison.MORE_THAN, 75)), 1, ACTOR, START));
            Instant merged = MERGER.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
            for (int p = 0; p < 34; p++) {
                String province = "P" + p;
                tree.provinces.add(province);
                loader.send(opened(province, ROOT, "tỉnh", "province", LONG_AGO));
                for (int d = 0; d < 10; d++) {
                    loader.send(opened(province + "D" + d, province, "huyện", "district", LONG_AGO));
                }
            }
            for (int c = 0; c < communeCount; c++) {
                String province = tree.provinces.get(c % 34);
                String commune = "C" + c;
                tree.communes.add(commune);
                loader.send(opened(commune, province, "xã", "commune", MERGER));
                List<String> old = List.of(commune + "a", commune + "b");
                tree.predecessors.add(old);
                String district = province + "D" + random.nextInt(10);
                for (String predecessor : old) {
                    loader.send(opened(predecessor, district, "xã", "commune", LONG_AGO));
                    loader.send(new UnitClosed(predecessor, MERGER, commune, ACTOR, START));
                }
                int villages = 20 + random.nextInt(21);
                for (int v = 0; v < villages; v++) {
                    String village = commune + "V" + v;
                    String was = old.get(v % 2);
                    tree.villages.add(village);
                    loader.send(opened(village, was, "village", "village", LONG_AGO));
                    loader.send(new UnitMoved(village, was, commune, ACTOR, merged));
                }
            }
            for (String province : tree.provinces) {
                for (int d = 0; d < 10; d++) loader.send(new UnitClosed(province + "D" + d, MERGER, null, ACTOR, START));
            }
            return tree;
        }

        private static UnitOpened opened(String id, String parent, String kind, String level, LocalDate on) {
            return new UnitOpened(id, parent, kind, level, id, "Đơn vị " + id, List.of(), on, ACTOR, START);
        }
    }

    /** Sends events to the projection in batches of 500, as the consumer does. */
    private static final class Loader {
        private final ProjectionUpdater updater;
        private final List<Delivery> batch = new ArrayList<>();
        long sent;

        Loader(ProjectionUpdater updater) {
            this.updater = updater;
        }

        void send(IntegrationEvent event) {
            batch.add(new Delivery("e" + sent, event.getClass().getSimpleName(), event, event.occurredAt(), null,
                    new StreamPosition("thidua.national", 0, sent)));
            sent++;
            if (batch.size() == 500) flush();
        }

        void flush() {
            if (batch.isEmpty()) return;
            updater.applyAll(List.copyOf(batch));
            batch.clear();
        }
    }

    /** The projection in memory: the domain's folds; processed ids are not kept (each event is sent once). */
    private static final class Memory implements ProjectionStore, PositionStore, ModelHistoryStore {
        final Map<String, ModelProgress> models = new HashMap<>();
        final Map<String, Campaign> campaigns = new HashMap<>();
        final Map<String, Unit> units = new LinkedHashMap<>();

        @Override
        public void apply(ModelChange change) {
            models.merge(change.modelId(), ModelProgress.from(change), (old, fresh) -> old.apply(change));
        }

        @Override
        public void apply(CampaignChange change) {
            campaigns.merge(change.campaignId(), Campaign.from(change), (old, fresh) -> old.apply(change));
        }

        @Override
        public void apply(UnitChange change) {
            units.merge(change.unitId(), Unit.from(change), (old, fresh) -> old.apply(change));
        }

        @Override
        public boolean isProcessed(String eventId) {
            return false;
        }

        @Override
        public Set<String> processedAmong(java.util.Collection<String> eventIds) {
            return Set.of();
        }

        @Override
        public void markProcessed(String eventId, String eventType, StreamPosition position) {
        }

        @Override
        public Optional<ModelProgress> find(String modelId) {
            return Optional.ofNullable(models.get(modelId));
        }

        @Override
        public CampaignCoverage coverage(String campaignId) {
            return CampaignCoverage.of(campaignId, List.of());
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
            return Optional.ofNullable(units.get(unitId));
        }

        @Override
        public void save(StreamPosition position) {
        }

        @Override
        public OptionalLong lastApplied(String topic, int partition) {
            return OptionalLong.empty();
        }

        @Override
        public void record(HistoryEntry entry) {
        }

        @Override
        public List<HistoryEntry> entries(String modelId) {
            return List.of();
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
