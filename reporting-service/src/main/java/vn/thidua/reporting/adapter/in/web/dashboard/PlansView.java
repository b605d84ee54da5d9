package vn.thidua.reporting.adapter.in.web.dashboard;

import vn.thidua.reporting.domain.plan.PlanCoverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Units with their own plan" against 100% per kind, for the dashboard's table and the open data's JSON. */
public record PlansView(List<Row> rows) {

    public record Row(String kind, long units, long withPlan, String percent, String metKey) {

        public String metClass() {
            return DashboardTexts.metClass(metKey);
        }
    }

    public static PlansView of(List<PlanCoverage> plans, DashboardTexts texts) {
        return new PlansView(plans.stream().filter(p -> p.units() > 0).map(p -> new Row(
                texts.codes().unitKind(p.unitKind()), p.units(), p.withPlan(),
                p.percent().map(texts.formats()::percent).orElse("—"),
                DashboardTexts.metKey(p.met())))
                .toList());
    }

    /** For coverage.json: per kind code, units, with a plan, percent and met (target 100%). */
    public static List<Map<String, Object>> json(List<PlanCoverage> plans) {
        return plans.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("targetKind", p.unitKind());
            row.put("target", "AT_LEAST 100");
            row.put("units", p.units());
            row.put("withPlan", p.withPlan());
            row.put("percent", p.percent().orElse(null));
            row.put("met", p.met().orElse(null));
            return row;
        }).toList();
    }
}
