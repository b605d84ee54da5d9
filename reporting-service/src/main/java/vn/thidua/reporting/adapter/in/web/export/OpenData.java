package vn.thidua.reporting.adapter.in.web.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.thidua.reporting.adapter.in.web.dashboard.AwardsView;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardTexts;
import vn.thidua.reporting.domain.breakdown.Breakdowns;
import vn.thidua.reporting.domain.deadline.Timeliness;
import vn.thidua.reporting.domain.rollup.Coverage;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.unit.Unit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage per unit, unit kind and period as open data (dữ liệu mở): one row per unit of the subtree and target
 * kind it has units of, codes not words, the same columns in CSV (UTF-8 with a byte order mark, for Excel) and
 * JSON; and the breakdowns, awards and late and overdue as one long CSV (a figure per row).
 */
public final class OpenData {

    static final List<String> COLUMNS = List.of("campaignId", "period", "periodFrom", "periodTo", "asOf", "unitId",
            "unitName", "parentId", "unitLevel", "unitKind", "targetKind", "target", "units", "withModels",
            "percent", "met", "withRecognized", "withProposed", "withAwarded", "withEffective", "effectiveMet");

    static final List<String> BREAKDOWN_COLUMNS = List.of("campaignId", "period", "periodFrom", "periodTo", "asOf",
            "unitId", "breakdown", "key", "name", "measure", "value");

    private OpenData() {
    }

    static List<Map<String, Object>> rows(CoverageRollup rollup, String unitId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit unit : rollup.subtree(unitId)) {
            for (Coverage c : rollup.coverage(unit.unitId())) {
                if (c.units() == 0) continue;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("campaignId", rollup.campaign().campaignId());
                row.put("period", rollup.period().code());
                row.put("periodFrom", rollup.period().from().toString());
                row.put("periodTo", rollup.period().to().toString());
                row.put("asOf", rollup.day().toString());
                row.put("unitId", unit.unitId());
                row.put("unitName", unit.displayName());
                row.put("parentId", unit.unitId().equals(rollup.campaign().organiserUnitId()) ? null
                        : unit.parentOn(rollup.day()));
                row.put("unitLevel", unit.level());
                row.put("unitKind", unit.kind());
                row.put("targetKind", c.unitKind());
                row.put("target", c.target() == null ? null
                        : c.target().comparison().name() + " " + c.target().percent());
                row.put("units", c.units());
                row.put("withModels", c.registered());
                row.put("percent", c.percent().orElse(null));
                row.put("met", c.met().orElse(null));
                row.put("withRecognized", c.recognized());
                row.put("withProposed", c.proposed());
                row.put("withAwarded", c.awarded());
                row.put("withEffective", c.effective());
                row.put("effectiveMet", c.effectiveMet().orElse(null));
                rows.add(row);
            }
        }
        return rows;
    }

    static String csv(CoverageRollup rollup, String unitId) {
        return csv(COLUMNS, rows(rollup, unitId).stream()
                .map(row -> (List<Object>) new ArrayList<>(row.values())).toList());
    }

    /**
     * The breakdowns, awards and late and overdue of the unit's subtree, one figure per row: which breakdown, the
     * key (a code, unit id, year, round id or due day), its name in Vietnamese, the measure and its value.
     */
    static String breakdownsCsv(CoverageRollup rollup, String unitId, Breakdowns b, AwardsView awards,
                                Timeliness t, DashboardTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        Figures figures = (breakdown, key, name, measure, value) -> rows.add(java.util.Arrays.asList(
                rollup.campaign().campaignId(), rollup.period().code(), rollup.period().from().toString(),
                rollup.period().to().toString(), rollup.day().toString(), unitId, breakdown, key, name, measure,
                value));
        b.byField().forEach((k, n) -> figures.add("byField", k, texts.codes().field(k), "models", n));
        b.byRegistrantKind().forEach((k, n) -> figures.add("byRegistrantKind", k,
                texts.codes().name("registrantKind", k), "models", n));
        b.byNovelty().forEach((k, n) -> figures.add("byNovelty", k, texts.codes().name("novelty", k), "models", n));
        for (Breakdowns.UnitYears u : b.units()) {
            for (int i = 0; i < b.years().size(); i++) {
                figures.add("modelsPerUnitPerYear", u.unitId(), u.name(), b.years().get(i).toString(),
                        u.models().get(i));
            }
            figures.add("modelsPerUnitPerYear", u.unitId(), u.name(), "late", u.late());
        }
        for (Breakdowns.YearTotal y : b.totals()) {
            String year = String.valueOf(y.year());
            figures.add("perYearTotals", year, null, "target", b.perUnitPerYear());
            figures.add("perYearTotals", year, null, "unitsWithModels", y.units());
            figures.add("perYearTotals", year, null, "unitsMet", y.met());
            figures.add("perYearTotals", year, null, "models", y.models());
        }
        b.replicas().forEach(r -> figures.add("replicas", r.originalId(), r.title(), "replicas",
                r.replicaIds().size()));
        awards.forms().forEach(l -> award(figures, "awardsByForm", l));
        awards.rounds().forEach(l -> award(figures, "awardsByRound", l));
        figures.add("timeliness", "registrations", null, "models", t.registrations());
        figures.add("timeliness", "registrations", null, "late", t.registeredLate());
        for (Timeliness.Window w : t.windows()) {
            figures.add("timeliness", "window:" + w.dueOn(), w.name(), "unitsDue", w.units());
            figures.add("timeliness", "window:" + w.dueOn(), w.name(), "filed", w.filed());
            figures.add("timeliness", "window:" + w.dueOn(), w.name(), "overdue", w.overdue());
        }
        Timeliness.Supplements sup = t.supplements();
        figures.add("timeliness", "supplements", null, "requested", sup.requested());
        figures.add("timeliness", "supplements", null, "answered", sup.answered());
        figures.add("timeliness", "supplements", null, "answeredLate", sup.answeredLate());
        figures.add("timeliness", "supplements", null, "overdue", sup.overdue());
        figures.add("timeliness", "supplements", null, "pending", sup.pending());
        return csv(BREAKDOWN_COLUMNS, rows);
    }

    private interface Figures {
        void add(String breakdown, String key, String name, String measure, Object value);
    }

    private static void award(Figures figures, String breakdown, AwardsView.Line l) {
        figures.add(breakdown, l.key(), l.name(), "proposed", l.proposed());
        figures.add(breakdown, l.key(), l.name(), "approved", l.approved());
        figures.add(breakdown, l.key(), l.name(), "rejected", l.rejected());
        figures.add(breakdown, l.key(), l.name(), "withdrawn", l.withdrawn());
        figures.add(breakdown, l.key(), l.name(), "amount", l.amount());
        if (l.budget() != null) figures.add(breakdown, l.key(), l.name(), "budget", l.budget());
        if (l.remaining() != null) figures.add(breakdown, l.key(), l.name(), "remaining", l.remaining());
    }

    private static String csv(List<String> columns, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Late and overdue of the subtree: {@code windows} with their overdue dossiers, {@code supplements}. */
    static Map<String, Object> json(Timeliness t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", t.day().toString());
        body.put("registrations", t.registrations());
        body.put("registeredLate", t.registeredLate());
        body.put("targetKinds", t.kinds());
        body.put("windows", t.windows().stream().map(w -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", w.name());
            row.put("dueOn", w.dueOn().toString());
            row.put("units", w.units());
            row.put("filed", w.filed());
            row.put("overdue", w.overdue());
            return row;
        }).toList());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("requested", t.supplements().requested());
        s.put("answered", t.supplements().answered());
        s.put("answeredLate", t.supplements().answeredLate());
        s.put("overdue", t.supplements().overdue());
        s.put("pending", t.supplements().pending());
        body.put("supplements", s);
        return body;
    }

    static Map<String, Object> json(CoverageRollup rollup, String unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", rollup.campaign().campaignId());
        body.put("period", Map.of("code", rollup.period().code(), "from", rollup.period().from().toString(),
                "to", rollup.period().to().toString()));
        body.put("asOf", rollup.day().toString());
        body.put("unitId", unitId);
        body.put("rows", rows(rollup, unitId));
        return body;
    }
}
