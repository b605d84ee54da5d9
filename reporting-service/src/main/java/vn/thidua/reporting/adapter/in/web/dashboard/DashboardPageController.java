package vn.thidua.reporting.adapter.in.web.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.application.award.AwardQueries;
import vn.thidua.reporting.application.deadline.TimelinessQueries;
import vn.thidua.reporting.application.plan.PlanQueries;
import vn.thidua.reporting.domain.breakdown.Breakdowns;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.pages.Formats;
import vn.thidua.reporting.application.dashboard.DashboardQueries;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The dashboard (bảng điều khiển) of a campaign: coverage against targets per unit kind, the funnel and the fields
 * as charts, the units one level down to drill into; filters period, "as of" day and unit (subtree).
 */
@Controller
@Hidden
public class DashboardPageController {

    private final DashboardQueries queries;
    private final MessageSource messages;
    private final AwardQueries awards;
    private final TimelinessQueries timeliness;
    private final PlanQueries plans;

    public DashboardPageController(DashboardQueries queries, MessageSource messages, AwardQueries awards,
                                   TimelinessQueries timeliness, PlanQueries plans) {
        this.queries = queries;
        this.messages = messages;
        this.awards = awards;
        this.timeliness = timeliness;
        this.plans = plans;
    }

    @GetMapping("/campaigns/{campaignId}/dashboard")
    public String dashboard(@PathVariable String campaignId, @RequestParam(required = false) String period,
                            @RequestParam(required = false) String asOf, @RequestParam(required = false) String unit,
                            Locale locale, Model model) {
        LocalDate day = asOfDay(asOf);
        String asOfText = day == null ? null : day.toString();
        model.addAttribute("asOfInvalid", asOf != null && !asOf.isBlank() && day == null);
        return queries.rollup(campaignId, period, day).map(rollup -> {
            DashboardTexts texts = DashboardTexts.of(messages, locale);
            DashboardView view = DashboardView.of(rollup, unit, asOfText, texts);
            model.addAttribute("d", view);
            model.addAttribute("breakdowns", Breakdowns.of(rollup, view.unitId(), VietnamTime.ZONE));
            model.addAttribute("awards", AwardsView.of(awards.breakdown(campaignId, rollup.day()), texts));
            model.addAttribute("timeliness", timeliness.of(rollup, view.unitId()));
            model.addAttribute("plans", PlansView.of(plans.coverage(rollup, view.unitId()), texts));
            return "dashboard";
        }).orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId)); // refused like one outside the subtree
    }

    /** The "as of" day as typed (dd/MM/yyyy or yyyy-MM-dd); {@code null} when none or not a day. */
    static LocalDate asOfDay(String asOf) {
        return Formats.parseDate(asOf).orElse(null);
    }
}
