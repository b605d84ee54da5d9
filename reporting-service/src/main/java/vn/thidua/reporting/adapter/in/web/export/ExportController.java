package vn.thidua.reporting.adapter.in.web.export;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import vn.thidua.reporting.adapter.in.web.dashboard.AwardsView;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.adapter.in.web.dashboard.PlansView;
import vn.thidua.reporting.application.award.AwardQueries;
import vn.thidua.reporting.application.deadline.TimelinessQueries;
import vn.thidua.reporting.application.plan.PlanQueries;
import vn.thidua.reporting.domain.breakdown.Breakdowns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.pages.Downloads;
import vn.thidua.pages.Formats;
import vn.thidua.pages.pdf.PdfDocuments;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardTexts;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardView;
import vn.thidua.reporting.application.dashboard.DashboardQueries;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.Unit;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard's downloads, for the same readers and filters (period, "as of" day, unit): the summary table
 * (.xlsx), the review report (.pdf), open data of coverage per unit (.csv, .json) and of the breakdowns (.csv). An unknown campaign is refused as one outside the subtree (403).
 */
@Controller
@Hidden
public class ExportController {

    private final DashboardQueries queries;
    private final MessageSource messages;
    private final PdfDocuments pdf;
    private final AwardQueries awards;
    private final TimelinessQueries timeliness;
    private final PlanQueries plans;

    public ExportController(DashboardQueries queries, MessageSource messages, PdfDocuments pdf, AwardQueries awards,
                            TimelinessQueries timeliness, PlanQueries plans) {
        this.queries = queries;
        this.messages = messages;
        this.pdf = pdf;
        this.awards = awards;
        this.timeliness = timeliness;
        this.plans = plans;
    }

    @GetMapping("/campaigns/{campaignId}/summary.xlsx")
    public ResponseEntity<byte[]> summaryTable(@PathVariable String campaignId, Filters filters) {
        CoverageRollup rollup = rollup(campaignId, filters);
        String unit = filters.unit();
        DashboardTexts texts = DashboardTexts.of(messages, Formats.VIETNAMESE);
        byte[] body = SummaryTableWorkbook.write(rollup, focus(rollup, unit), texts, tables(rollup, unit, texts));
        return Downloads.xlsx(body, name(rollup, unit, "bang-tong-hop", "xlsx"));
    }

    /** The 6-month or final review report (báo cáo sơ kết, tổng kết) of the unit, in Vietnamese. */
    @GetMapping("/campaigns/{campaignId}/report.pdf")
    public ResponseEntity<byte[]> report(@PathVariable String campaignId, Filters filters) {
        CoverageRollup rollup = rollup(campaignId, filters);
        String unit = filters.unit();
        String focus = focus(rollup, unit);
        DashboardTexts texts = DashboardTexts.of(messages, Formats.VIETNAMESE);
        DashboardView view = DashboardView.of(rollup, focus, null, texts);
        Unit issuer = rollup.unit(focus);
        String superior = rollup.tree().find(issuer.parentOn(rollup.day())).map(Unit::displayName).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("d", view);
        variables.put("heading", texts.text(rollup.period().kind() == ReportPeriod.Kind.CAMPAIGN
                ? "report.heading.final" : "report.heading.interim"));
        variables.put("superior", superior);
        variables.put("issuer", issuer.displayName());
        variables.put("place", issuer.name() == null ? issuer.displayName() : issuer.name());
        variables.put("day", rollup.day());
        variables.put("sections", tables(rollup, unit, texts).sections(5, texts.formats()::number));
        return Downloads.pdf(pdf.render("report", variables, Formats.VIETNAMESE),
                name(rollup, unit, "bao-cao", "pdf"));
    }

    @GetMapping("/campaigns/{campaignId}/coverage.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String campaignId, Filters filters) {
        CoverageRollup rollup = rollup(campaignId, filters);
        String unit = filters.unit();
        return Downloads.of(OpenData.csv(rollup, focus(rollup, unit)).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name(rollup, unit, "do-bao-phu", "csv"));
    }

    @GetMapping("/campaigns/{campaignId}/coverage.json")
    public ResponseEntity<Map<String, Object>> json(@PathVariable String campaignId, Filters filters) {
        CoverageRollup rollup = rollup(campaignId, filters);
        String unit = filters.unit();
        String focus = focus(rollup, unit);
        Map<String, Object> body = new java.util.LinkedHashMap<>(OpenData.json(rollup, focus));
        body.put("breakdowns", Breakdowns.of(rollup, focus, VietnamTime.ZONE));
        // units with their own plan per kind against 100% (seed 004 §2.1), filed by the standing day
        body.put("plans", PlansView.json(plans.coverage(rollup, focus)));
        // the campaign's awards by form and round as of the standing day, names in Vietnamese
        body.put("awards", awards(rollup, DashboardTexts.of(messages, Formats.VIETNAMESE)).json());
        body.put("timeliness", OpenData.json(timeliness.of(rollup, focus)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The breakdowns, awards and late and overdue of the focus, long: one figure per row, codes and names. */
    @GetMapping("/campaigns/{campaignId}/breakdowns.csv")
    public ResponseEntity<byte[]> breakdownsCsv(@PathVariable String campaignId, Filters filters) {
        CoverageRollup rollup = rollup(campaignId, filters);
        String unit = filters.unit();
        String focus = focus(rollup, unit);
        DashboardTexts texts = DashboardTexts.of(messages, Formats.VIETNAMESE);
        String body = OpenData.breakdownsCsv(rollup, focus, Breakdowns.of(rollup, focus, VietnamTime.ZONE),
                awards(rollup, texts), timeliness.of(rollup, focus), texts);
        return Downloads.of(body.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                name(rollup, unit, "phan-tich", "csv"));
    }

    private AwardsView awards(CoverageRollup rollup, DashboardTexts texts) {
        return AwardsView.of(awards.breakdown(rollup.campaign().campaignId(), rollup.day()), texts);
    }

    private ExportTables tables(CoverageRollup rollup, String unit, DashboardTexts texts) {
        String focus = focus(rollup, unit);
        return ExportTables.of(Breakdowns.of(rollup, focus, VietnamTime.ZONE), awards(rollup, texts),
                timeliness.of(rollup, focus), texts);
    }

    /** The dashboard's filters, bound from the request parameters {@code period}, {@code asOf}, {@code unit}. */
    public record Filters(String period, String asOf, String unit) {
    }

    CoverageRollup rollup(String campaignId, Filters filters) {
        return queries.rollup(campaignId, filters.period(), Formats.parseDate(filters.asOf()).orElse(null))
                .orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
    }

    static String focus(CoverageRollup rollup, String unit) {
        return rollup.contains(unit) ? unit : rollup.campaign().organiserUnitId();
    }

    static String name(CoverageRollup rollup, String unit, String what, String extension) {
        return what + "-" + rollup.campaign().campaignId() + "-" + focus(rollup, unit) + "-" + rollup.period().code()
                + "-" + rollup.day() + "." + extension;
    }

}
