package vn.thidua.reporting.adapter.in.web.export;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.pages.Formats;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardTexts;
import vn.thidua.reporting.application.dashboard.DashboardQueries;
import vn.thidua.reporting.domain.rollup.CoverageRollup;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The dashboard's downloads, for the same readers and filters (period, "as of" day, unit): the summary table
 * (.xlsx), open data of coverage per unit (.csv, .json). An unknown campaign is a 404.
 */
@Controller
@Hidden
public class ExportController {

    private final DashboardQueries queries;
    private final MessageSource messages;

    public ExportController(DashboardQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaignId}/summary.xlsx")
    public ResponseEntity<byte[]> summaryTable(@PathVariable String campaignId,
                                               @RequestParam(required = false) String period,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
        byte[] body = SummaryTableWorkbook.write(rollup, focus(rollup, unit),
                DashboardTexts.of(messages, Formats.VIETNAMESE));
        return file(body, MediaType.parseMediaType(SummaryTableWorkbook.CONTENT_TYPE),
                name(rollup, unit, "bang-tong-hop", "xlsx"));
    }

    @GetMapping("/campaigns/{campaignId}/coverage.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String campaignId, @RequestParam(required = false) String period,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
        return file(OpenData.csv(rollup, focus(rollup, unit)).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name(rollup, unit, "do-bao-phu", "csv"));
    }

    @GetMapping("/campaigns/{campaignId}/coverage.json")
    public ResponseEntity<Map<String, Object>> json(@PathVariable String campaignId,
                                                    @RequestParam(required = false) String period,
                                                    @RequestParam(required = false) String asOf,
                                                    @RequestParam(required = false) String unit) {
        CoverageRollup rollup = rollup(campaignId, period, asOf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(OpenData.json(rollup, focus(rollup, unit)));
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

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
