package vn.thidua.reporting.adapter.in.web.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * JSON.
 */
public final class OpenData {

    static final List<String> COLUMNS = List.of("campaignId", "period", "periodFrom", "periodTo", "asOf", "unitId",
            "unitName", "parentId", "unitLevel", "unitKind", "targetKind", "target", "units", "withModels",
            "percent", "met", "withRecognized", "withProposed", "withAwarded", "withEffective", "effectiveMet");

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
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows(rollup, unitId)) {
                printer.printRecord(row.values());
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
