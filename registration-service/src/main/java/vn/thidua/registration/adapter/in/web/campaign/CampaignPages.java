package vn.thidua.registration.adapter.in.web.campaign;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.campaign.CampaignQueries;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.campaign.CampaignCommands;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.domain.campaign.CampaignRules;
import vn.thidua.registration.domain.campaign.CloseCampaignCommand;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The campaign pages: the list, the launch form, and each campaign with its amend and close forms. Plain HTML forms;
 * on bad input the form comes back with what was typed, an error summary and the message next to each field.
 */
@Controller
@RequestMapping("/campaigns")
public class CampaignPages {

    private static final Duration VIEW_WAIT = Duration.ofSeconds(5);
    private static final Pattern ROW_FIELD = Pattern.compile("(registrationWindows|milestones|coverageTargets)\\[(\\d+)]\\.(\\w+)");

    private final CampaignCommands campaigns;
    private final CampaignQueries queries;
    private final MessageSource messages;

    public CampaignPages(CampaignCommands campaigns, CampaignQueries queries, MessageSource messages) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.messages = messages;
    }

    @InitBinder("form")
    void rowsLimit(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(64);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("milestoneKinds", MilestoneKind.values());
        model.addAttribute("comparisons", TargetComparison.values());
        model.addAttribute("unitKinds", List.of("agency", "commune", "village"));
        model.addAttribute("vietnamTime", VietnamTime.ZONE); // times as Vietnam's clocks show them
    }

    /** The list; after a launch ({@code ?launched=id}) it says so, or that the campaign shows in a moment. */
    @GetMapping
    public String list(@RequestParam(required = false) String launched, Model model, Locale locale) {
        List<CampaignView> all = queries.campaigns();
        model.addAttribute("campaigns", all);
        if (launched != null) {
            var campaign = all.stream().filter(c -> c.campaignId().equals(launched)).findFirst();
            if (campaign.isPresent()) {
                model.addAttribute("notice", messages.getMessage("campaign.launched",
                        new Object[] {campaign.get().name()}, locale));
            } else {
                model.addAttribute("pending", true);
            }
        }
        return "campaigns/list";
    }

    @GetMapping("/new")
    public String newCampaign(@RequestParam(required = false) String organiserUnitId, Model model) {
        // a unit chosen on the unit search page (the picker without JavaScript) comes back as ?organiserUnitId=
        CampaignForm form = CampaignForm.blank();
        form.setOrganiserUnitId(organiserUnitId);
        return launchForm(model, form, List.of(), List.of());
    }

    @PostMapping
    public String launch(@ModelAttribute("form") CampaignForm form, Model model) {
        CampaignForm.Parsed parsed = form.parse();
        var command = parsed.launch();
        var issues = merge(parsed, CampaignRules.launchIssues(command)); // the aggregate checks again
        if (!issues.isEmpty()) return launchForm(model, form, issues, List.of());
        try {
            campaigns.launch(command);
        } catch (RuleViolation violation) {
            if (CampaignCommands.CAMPAIGN_EXISTS.equals(violation.code())) {
                return launchForm(model, form, List.of(new FieldIssue("campaignId", violation.code(),
                        violation.arguments())), List.of());
            }
            if (violation.fields().isEmpty()) return launchForm(model, form, List.of(), List.of(violation));
            return launchForm(model, form, merge(parsed, violation.fields()), List.of());
        }
        campaigns.awaitView(command.campaignId(), VIEW_WAIT);
        return "redirect:/campaigns?launched=" + command.campaignId();
    }

    /** One campaign; after a change ({@code ?done=amended|closed}) it says so. */
    @GetMapping("/{campaignId}")
    public String campaign(@PathVariable String campaignId, @RequestParam(required = false) String done, Model model,
                           Locale locale, HttpServletResponse response) {
        Optional<CampaignView> view = find(campaignId);
        if (view.isEmpty()) return missing(campaignId, model, response);
        if ("amended".equals(done) || "closed".equals(done)) {
            model.addAttribute("notice", messages.getMessage("campaign.done." + done, null, locale));
        }
        return detail(model, view.get(), CampaignForm.of(view.get()), List.of(), List.of());
    }

    @PostMapping("/{campaignId}")
    public String amend(@PathVariable String campaignId, @ModelAttribute("form") CampaignForm form, Model model,
                        HttpServletResponse response) {
        Optional<CampaignView> view = find(campaignId);
        if (view.isEmpty()) return missing(campaignId, model, response);
        CampaignForm.Parsed parsed = form.parse();
        var command = parsed.amend(campaignId);
        var issues = merge(parsed, CampaignRules.amendIssues(command, view.get().startYear(), view.get().endYear()));
        if (!issues.isEmpty()) return detail(model, view.get(), form, issues, List.of());
        try {
            campaigns.amend(command);
        } catch (RuleViolation violation) {
            if (violation.fields().isEmpty()) return detail(model, view.get(), form, List.of(), List.of(violation));
            return detail(model, view.get(), form, merge(parsed, violation.fields()), List.of());
        }
        return afterChange(campaignId, "amended");
    }

    @PostMapping("/{campaignId}/closure")
    public String close(@PathVariable String campaignId, @RequestParam(required = false) String reason, Model model,
                        HttpServletResponse response) {
        Optional<CampaignView> view = find(campaignId);
        if (view.isEmpty()) return missing(campaignId, model, response);
        try {
            campaigns.close(new CloseCampaignCommand(campaignId, reason));
        } catch (RuleViolation violation) {
            model.addAttribute("reason", reason);
            return detail(model, view.get(), CampaignForm.of(view.get()), violation.fields(),
                    violation.fields().isEmpty() ? List.of(violation) : List.of());
        }
        return afterChange(campaignId, "closed");
    }

    /** A crafted form with absurd row indexes: answer with the form page, not an error. */
    @ExceptionHandler(InvalidPropertyException.class)
    public String unreadableForm(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        choices(model);
        return launchForm(model, CampaignForm.blank(), List.of(), List.of(new InvalidInput("unreadable-form",
                List.of())));
    }

    // ---- rendering ----

    /** Redirect after a change, once the view shows it (or after a short wait), without any session state. */
    private String afterChange(String campaignId, String done) {
        campaigns.awaitView(campaignId, VIEW_WAIT);
        return "redirect:/campaigns/" + campaignId + "?done=" + done;
    }

    private String launchForm(Model model, CampaignForm form, List<FieldIssue> issues, List<RuleViolation> general) {
        if (!issues.isEmpty() || !general.isEmpty()) form.withBlankRows(1);
        errors(model, issues, general);
        model.addAttribute("form", form);
        return "campaigns/new";
    }

    private String detail(Model model, CampaignView view, CampaignForm form, List<FieldIssue> issues,
                          List<RuleViolation> general) {
        if (!issues.isEmpty() || !general.isEmpty()) form.withBlankRows(1);
        errors(model, issues, general);
        model.addAttribute("campaign", view);
        model.addAttribute("form", form);
        return "campaigns/detail";
    }

    private String missing(String campaignId, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("campaignId", campaignId);
        return "campaigns/missing";
    }

    private Optional<CampaignView> find(String campaignId) {
        try {
            return Optional.of(queries.campaign(campaignId));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** Parsing problems first; the rules' problems for fields that parsed; all with the form's row indexes. */
    private static List<FieldIssue> merge(CampaignForm.Parsed parsed, List<FieldIssue> ruleIssues) {
        Map<String, FieldIssue> byField = new LinkedHashMap<>();
        for (FieldIssue issue : parsed.issues) byField.putIfAbsent(issue.field(), issue);
        for (FieldIssue issue : ruleIssues) {
            String field = parsed.formPath(issue.field());
            byField.putIfAbsent(field, new FieldIssue(field, issue.code(), issue.arguments()));
        }
        List<FieldIssue> merged = new ArrayList<>(byField.values());
        merged.sort(java.util.Comparator.comparing(issue -> formOrder(issue.field())));
        return merged;
    }

    private static final List<String> FIELD_ORDER = List.of("campaignId", "organiserUnitId", "name", "description",
            "startYear", "endYear", "registrationWindows", "milestones", "coverageTargets", "modelsPerUnitPerYear");
    private static final List<String> ROW_FIELD_ORDER = List.of("name", "opensOn", "dueOn", "kind", "title", "unitKind",
            "comparison", "percent");

    /** Sorts errors as the fields appear on the form, so the summary reads top to bottom. */
    private static String formOrder(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        String root = row.matches() ? row.group(1) : field.replaceAll("\\[.*", "");
        int rowIndex = row.matches() ? Integer.parseInt(row.group(2)) : -1;
        int sub = row.matches() ? ROW_FIELD_ORDER.indexOf(row.group(3)) : -1;
        return String.format("%02d-%04d-%02d", FIELD_ORDER.indexOf(root) + 1, rowIndex + 1, sub + 1);
    }

    /** One error of the summary: the field's id (to link to), its label and the message. */
    public record PageError(String fieldId, String label, String message) {
    }

    private void errors(Model model, List<FieldIssue> issues, List<RuleViolation> general) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        RuleMessages texts = RuleMessages.get();
        Map<String, String> byField = new LinkedHashMap<>();
        List<PageError> summary = new ArrayList<>();
        for (FieldIssue issue : issues) {
            String message = texts.text(issue, locale);
            if (byField.putIfAbsent(issue.field(), message) == null) {
                summary.add(new PageError(fieldId(issue.field()), label(issue.field(), locale), message));
            }
        }
        List<String> generalMessages = general.stream().map(v -> texts.text(v, locale)).toList();
        model.addAttribute("errors", byField);
        model.addAttribute("errorSummary", summary);
        model.addAttribute("generalErrors", generalMessages);
    }

    /** The id of a field's input: {@code registrationWindows[1].dueOn} → {@code registrationWindows-1-dueOn}. */
    public static String fieldId(String field) {
        return field.replace("].", "-").replace("[", "-").replace("]", "");
    }

    private String label(String field, Locale locale) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            String prefix = switch (row.group(1)) {
                case "registrationWindows" -> "campaign.window";
                case "milestones" -> "campaign.milestone";
                default -> "campaign.target";
            };
            int number = Integer.parseInt(row.group(2)) + 1;
            return messages.getMessage(prefix + ".row", new Object[] {number}, locale) + " – "
                    + messages.getMessage(prefix + "." + row.group(3), null, row.group(3), locale);
        }
        String key = switch (field) {
            case "registrationWindows" -> "campaign.windows.legend";
            case "milestones" -> "campaign.milestones.legend";
            case "coverageTargets" -> "campaign.targets.legend";
            case "reason" -> "campaign.close.reason";
            default -> "campaign.field." + field.replaceAll("\\[.*", "");
        };
        return messages.getMessage(key, null, field, locale);
    }
}
