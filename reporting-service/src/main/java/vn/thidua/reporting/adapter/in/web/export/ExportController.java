package vn.thidua.reporting.adapter.in.web.export;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import vn.thidua.reporting.adapter.in.web.dashboard.AwardsView;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.adapter.in.web.dashboard.PlansView;
import vn.thidua.reporting.application.award.AwardQueries;
import vn.thidua.reporting.application.plan.PlanQueries;
import vn.thidua.reporting.domain.breakdown.Breakdowns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
 * (.xlsx), the review report (.pdf), open data of coverage per unit (.csv, .json). An unknown campaign is refused as one outside the subtree (403).
 */
@Controller
@Hidden
public class ExportController {

    private final DashboardQueries queries;
    private final MessageSource messages;
    private final PdfDocuments pdf;
    private final AwardQueries awards;
    private PlanQueries plans;

    public ExportController(DashboardQueries queries, MessageSource messages, PdfDocuments pdf, AwardQueries awards) {
        this.queries = queries;
        this.messages = messages;
        this.pdf = pdf;
        this.awards = awards;
    }

    /** Units' own plans (kept apart from the constructor: an additional measure). */
    @Autowired
    void plans(PlanQueries plans) {
        this.plans = plans;
    }

    @GetMapping("/campaigns/{campaignId}/summary.xlsx")
    public ResponseEntity<byte[]> summaryTable(@PathVariable String campaignId,
                                               @RequestParam(required = false) String period,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
        byte[] body = SummaryTableWorkbook.write(rollup, focus(rollup, unit),
                DashboardTexts.of(messages, Formats.VIETNAMESE));
        return Downloads.xlsx(body, name(rollup, unit, "bang-tong-hop", "xlsx"));
    }

    /** The 6-month or final review report (báo cáo sơ kết, tổng kết) of the unit, in Vietnamese. */
    @GetMapping("/campaigns/{campaignId}/report.pdf")
    public ResponseEntity<byte[]> report(@PathVariable String campaignId,
                                         @RequestParam(required = false) String period,
                                         @RequestParam(required = false) String asOf,
                                         @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
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
        return Downloads.pdf(pdf.render("report", variables, Formats.VIETNAMESE),
                name(rollup, unit, "bao-cao", "pdf"));
    }

    @GetMapping("/campaigns/{campaignId}/coverage.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String campaignId, @RequestParam(required = false) String period,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
        return Downloads.of(OpenData.csv(rollup, focus(rollup, unit)).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name(rollup, unit, "do-bao-phu", "csv"));
    }

    @GetMapping("/campaigns/{campaignId}/coverage.json")
    public ResponseEntity<Map<String, Object>> json(@PathVariable String campaignId,
                                                    @RequestParam(required = false) String period,
                                                    @RequestParam(required = false) String asOf,
                                                    @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
        Map<String, Object> body = new java.util.LinkedHashMap<>(OpenData.json(rollup, focus(rollup, unit)));
        body.put("breakdowns", Breakdowns.of(rollup, focus(rollup, unit), VietnamTime.ZONE));
        // units with their own plan per kind against 100% (seed 004 §2.1), filed by the standing day
        body.put("plans", PlansView.json(plans.coverage(rollup, focus(rollup, unit))));
        // the campaign's awards by form and round as of the standing day, names in Vietnamese
        body.put("awards", AwardsView.of(awards.breakdown(campaignId, rollup.day()),
                DashboardTexts.of(messages, Formats.VIETNAMESE)).json());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    CoverageRollup rollup(String campaignId, String period, String asOf) {
        return queries.rollup(campaignId, period, Formats.parseDate(asOf).orElse(null))
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
