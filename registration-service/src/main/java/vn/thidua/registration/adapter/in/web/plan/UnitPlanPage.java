package vn.thidua.registration.adapter.in.web.plan;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.pages.Formats;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.plan.UnitPlanCommands;
import vn.thidua.registration.application.plan.UnitPlanCommands.PlanInput;
import vn.thidua.registration.application.plan.UnitPlanQueries;
import vn.thidua.registration.application.plan.UnitPlanQueries.PlanOverview;
import vn.thidua.registration.application.plan.UnitPlanQueries.UnitPlanRow;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units' own plans of a campaign (kế hoạch thực hiện) over the reader's unit or a unit of its subtree
 * ({@code ?unit=}): which units filed one (those missing first), and for a unit officer the form to file or replace
 * the plan of a unit of its subtree. The form comes back with every bad field named.
 */
@Controller
public class UnitPlanPage {

    private final UnitPlanCommands commands;
    private final UnitPlanQueries queries;
    private final AccessGuard guard;

    public UnitPlanPage(UnitPlanCommands commands, UnitPlanQueries queries, AccessGuard guard) {
        this.commands = commands;
        this.queries = queries;
        this.guard = guard;
    }

    /** The form as typed: the date stays text until it reads as one. */
    public record PlanForm(String unitId, String number, String issuedOn, String signer, String note) {
    }

    /** An entry of the error summary (the kit's {@code summary(issues)}). */
    public record PageIssue(String field, String message) {
    }

    @GetMapping("/campaigns/{campaignId}/plans")
    public String page(@PathVariable String campaignId, @RequestParam(value = "unit", required = false) String unit,
                       Model page) {
        String unitId = unit == null || unit.isBlank() ? callerUnit() : unit.strip();
        if (!page.containsAttribute("form")) page.addAttribute("form", new PlanForm(unitId, "", "", "", ""));
        return render(campaignId, unitId, page);
    }

    @PostMapping("/campaigns/{campaignId}/plans")
    public String file(@PathVariable String campaignId, PlanForm form, Model page, Locale locale,
                       HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldIssue> unreadable = new ArrayList<>();
        LocalDate issuedOn = null;
        if (form.issuedOn() != null && !form.issuedOn().isBlank()) {
            issuedOn = Formats.parseDate(form.issuedOn()).orElse(null);
            if (issuedOn == null) unreadable.add(FieldIssue.of("issuedOn", "campaign-date"));
        }
        try {
            UnitPlan.Filing filing = commands.file(campaignId, new PlanInput(form.unitId(), form.number(), issuedOn,
                    form.signer(), form.note()), unreadable);
            redirect.addFlashAttribute("filed", filing);
            redirect.addAttribute("unit", callerUnit());
            return "redirect:/campaigns/{campaignId}/plans";
        } catch (InvalidInput refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldIssue issue : refused.fields()) {
                errors.merge(issue.field(), RuleMessages.get().text(issue, locale), (a, b) -> a + "; " + b);
            }
            page.addAttribute("form", form);
            page.addAttribute("errors", errors);
            page.addAttribute("issues", errors.entrySet().stream()
                    .map(e -> new PageIssue(e.getKey(), e.getValue())).toList());
            response.setStatus(400);
            return render(campaignId, callerUnit(), page);
        }
    }

    private String render(String campaignId, String unitId, Model page) {
        PlanOverview overview = queries.overview(campaignId, unitId);
        if (!page.containsAttribute("errors")) page.addAttribute("errors", Map.of());
        page.addAttribute("overview", overview);
        page.addAttribute("missing", overview.missing());
        page.addAttribute("canFile", overview.campaign().open() && guard.allows(unitId, Role.UNIT_OFFICER));
        page.addAttribute("fileable", overview.rows().stream().map(UnitPlanRow::unit).toList());
        return "plans/page";
    }

    private static String callerUnit() {
        return CurrentCaller.get().map(Caller::unitId).orElse(null);
    }
}
