package vn.thidua.reporting.adapter.in.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.rollup.Coverage;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What dashboard.html shows for one unit of a rollup, formatted for the reader, and the charts' data as JSON (read
 * by /js/dashboard.js from the elements' data-chart attributes: the page allows no inline script).
 */
public record DashboardView(String campaignId, String name, String periodCode, String periodLabel, String day,
                            String asOf, List<Option> periods, String unitId, String unitName, String unitKind,
                            List<Link> path, List<CoverageRow> coverage, List<ChildRow> children,
                            List<String> childColumns, List<Count> funnel, List<Count> fields,
                            String coverageChart, String funnelChart, String fieldsChart, String childrenChart,
                            String query) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Option(String code, String label, boolean selected) {
    }

    public record Link(String name, String url) {
    }

    public record CoverageRow(String kind, String target, long units, long registered, String percent, String metKey,
                              long recognized, long proposed, long awarded, long effective,
                              String effectivePercent, String effectiveMetKey) {

        public String metClass() {
            return DashboardTexts.metClass(metKey);
        }

        public String effectiveMetClass() {
            return DashboardTexts.metClass(effectiveMetKey);
        }
    }

    public record ChildRow(String unitId, String name, String kind, String url, List<String> cells, long models) {
    }

    public record Count(String label, long value) {
    }

    public static DashboardView of(CoverageRollup rollup, String unitId, String asOf, DashboardTexts texts) {
        String focus = rollup.contains(unitId) ? unitId : rollup.campaign().organiserUnitId();
        String campaignId = rollup.campaign().campaignId();
        String periodCode = rollup.period().code();
        List<Option> periods = ReportPeriod.of(rollup.campaign()).stream()
                .map(p -> new Option(p.code(), texts.period(p), p.code().equals(periodCode))).toList();
        Unit unit = rollup.unit(focus);
        List<Link> path = rollup.path(focus).stream()
                .map(u -> new Link(u.displayName(), url(campaignId, periodCode, asOf, u.unitId()))).toList();
        // the organiser shows every target; a unit below only the kinds it has units of
        boolean organiser = focus.equals(rollup.campaign().organiserUnitId());
        List<Coverage> coverage = rollup.coverage(focus).stream().filter(c -> organiser || c.units() > 0).toList();
        List<String> kinds = coverage.stream().map(Coverage::unitKind).toList();
        List<CoverageRow> rows = coverage.stream().map(c -> new CoverageRow(texts.codes().unitKind(c.unitKind()),
                texts.target(c.target()), c.units(), c.registered(), texts.percent(c), DashboardTexts.metKey(c),
                c.recognized(), c.proposed(), c.awarded(), c.effective(), texts.effectivePercent(c),
                DashboardTexts.effectiveMetKey(c))).toList();
        List<String> childColumns = coverage.stream().map(c -> texts.codes().unitKind(c.unitKind())).toList();
        List<ChildRow> children = rollup.children(focus).stream().map(child -> new ChildRow(child.unitId(),
                child.displayName(), texts.kindOf(child), url(campaignId, periodCode, asOf, child.unitId()),
                rollup.coverage(child.unitId()).stream().filter(c -> kinds.contains(c.unitKind()))
                        .map(c -> c.units() == 0 ? "—" : c.registered() + "/" + c.units()).toList(),
                rollup.funnel(child.unitId()).get(ModelStage.REGISTERED))).toList();
        List<Count> funnel = rollup.funnel(focus).entrySet().stream()
                .map(e -> new Count(texts.codes().stage(e.getKey().name()), e.getValue())).toList();
        List<Count> fields = rollup.fields(focus).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Count(texts.codes().field(e.getKey()), e.getValue())).toList();

        Map<String, Object> coverageChart = new LinkedHashMap<>();
        coverageChart.put("categories", childColumns);
        coverageChart.put("percent", coverage.stream().map(c -> c.percent().orElse(null)).toList());
        coverageChart.put("target", coverage.stream().map(c -> c.target() == null ? null : c.target().percent())
                .toList());
        coverageChart.put("units", coverage.stream().map(Coverage::units).toList());
        coverageChart.put("withModels", coverage.stream().map(Coverage::registered).toList());
        coverageChart.put("met", coverage.stream().map(c -> c.met().orElse(null)).toList());
        coverageChart.put("names", List.of(texts.text("dashboard.chart.reached"),
                texts.text("dashboard.chart.target")));
        Map<String, Object> childrenChart = new LinkedHashMap<>();
        childrenChart.put("categories", children.stream().map(ChildRow::name).toList());
        childrenChart.put("values", children.stream().map(ChildRow::models).toList());
        childrenChart.put("urls", children.stream().map(ChildRow::url).toList());
        childrenChart.put("name", texts.text("dashboard.chart.models"));

        String query = UriComponentsBuilder.newInstance().queryParam("period", periodCode)
                .queryParamIfPresent("asOf", java.util.Optional.ofNullable(asOf).filter(s -> !s.isBlank()))
                .queryParam("unit", focus).encode().build().toUriString();
        return new DashboardView(campaignId, rollup.campaign().plan() == null ? campaignId
                : rollup.campaign().plan().name(), periodCode, texts.period(rollup.period()),
                texts.formats().date(rollup.day()), asOf == null ? "" : asOf, periods, focus,
                unit == null ? focus : unit.displayName(), unit == null ? "" : texts.kindOf(unit), path, rows,
                children, childColumns, funnel, fields, json(coverageChart), json(counts(funnel, texts)),
                json(counts(fields, texts)), json(childrenChart), query);
    }

    private static Map<String, Object> counts(List<Count> counts, DashboardTexts texts) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("categories", counts.stream().map(Count::label).toList());
        chart.put("values", counts.stream().map(Count::value).toList());
        chart.put("name", texts.text("dashboard.chart.models"));
        return chart;
    }

    static String url(String campaignId, String period, String asOf, String unitId) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/campaigns/{id}/dashboard")
                .queryParam("period", period);
        if (asOf != null && !asOf.isBlank()) url.queryParam("asOf", asOf);
        return url.queryParam("unit", unitId).buildAndExpand(campaignId).encode().toUriString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any chart has something to draw (an empty chart is replaced by a sentence). */
    public boolean hasModels() {
        return funnel.stream().anyMatch(c -> c.value() > 0);
    }
}
