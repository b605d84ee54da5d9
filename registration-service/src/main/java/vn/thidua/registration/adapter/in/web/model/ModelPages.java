package vn.thidua.registration.adapter.in.web.model;

import vn.thidua.platform.domain.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.platform.web.RuleMessages.ResolvedField;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.model.ModelImportCommands;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelQueries.Filter;
import vn.thidua.registration.application.model.ModelCommands;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.application.model.RegistrationChoices;
import vn.thidua.registration.application.model.RegistrationResult;
import vn.thidua.registration.adapter.in.file.SummaryTableFile;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model pages: register (/models/new), the list (/models), one model (/models/{id}) with its amend,
 * withdraw and confirm-content forms, and bulk registration from a summary table (/models/import).
 * Forms re-render with every problem listed at the top and next to its field, keeping what was typed.
 */
@Controller
public class ModelPages {

    /** How long a page waits for the view to show a change just made (read-your-writes), at most. */
    private static final Duration READ_OWN_WRITE = Duration.ofSeconds(5);
    private static final int PAGE_SIZE = 25;

    private final ModelCommands registration;
    private final ModelQueries queries;
    private final RegistrationChoices choices;
    private final ModelImportCommands imports;
    private final AccessGuard guard;

    public ModelPages(ModelCommands registration, ModelQueries queries, RegistrationChoices choices,
                      ModelImportCommands imports, AccessGuard guard) {
        this.guard = guard;
        this.registration = registration;
        this.queries = queries;
        this.choices = choices;
        this.imports = imports;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("fields", ModelField.values());
        model.addAttribute("kinds", RegistrantKind.values());
        model.addAttribute("novelties", ModelNovelty.values());
        model.addAttribute("statuses", ModelView.STATUSES);
    }

    // ---- register ---------------------------------------------------------------------------------------

    @GetMapping("/models/new")
    public String newModel(@RequestParam(required = false) String campaignId,
                           @RequestParam(required = false) String replicaOf,
                           @RequestParam(required = false) String unitId,
                           @RequestParam(required = false) String managingUnitId, Model model) {
        ModelForm form = new ModelForm();
        form.setManagingUnitId(managingUnitId);
        form.setCampaignId(campaignId);
        form.setReplicaOf(replicaOf);
        // a unit chosen on the unit search page (the picker without JavaScript) comes back as ?unitId=
        form.setUnitId(unitId != null && !unitId.isBlank() ? unitId.strip() : callerUnit().orElse(null));
        model.addAttribute("form", form);
        return registerPage(model);
    }

    @PostMapping("/models")
    public String register(@ModelAttribute("form") ModelForm form, BindingResult binding, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        // the start date as typed, kept when it is not a day (the form shows it again)
        model.addAttribute("startDateText", binding.getFieldValue("startDate"));
        ModelCommands.Checked checked = registration.check(form.toInput());
        Set<String> unreadable = binding.getFieldErrors().stream().map(e -> e.getField()).collect(Collectors.toSet());
        checked.issues().stream().filter(i -> !unreadable.contains(i.field())).forEach(i -> reject(binding, i));
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return registerPage(model);
        }
        try {
            RegistrationResult result = registration.send(checked.command());
            redirect.addFlashAttribute("notice", "registered");
            redirect.addFlashAttribute("late", result.late());
            redirect.addFlashAttribute("warnings", result.warnings());
            redirect.addFlashAttribute("awaitVersion", 0L);
            return "redirect:/models/" + result.modelId();
        } catch (RuntimeException e) {
            RuleViolation violation = violation(e);
            if (violation == null) throw e;
            rejectAll(binding, violation);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return registerPage(model);
        }
    }

    private String registerPage(Model model) {
        model.addAttribute("campaigns", choices.openCampaigns());
        return "models/new";
    }

    // ---- list -------------------------------------------------------------------------------------------

    @GetMapping("/models")
    public String list(@RequestParam(required = false) String campaignId,
                       @RequestParam(required = false) String unitId,
                       @RequestParam(required = false) String field,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String q,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        ModelField modelField = parse(field);
        // the list holds what the signed-in officer may see (its unit's subtree); a unit narrows it further
        Filter filter = new Filter(campaignId, unitId, modelField, status != null && ModelView.STATUSES.contains(status) ? status : null, q);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.search(filter, page, PAGE_SIZE));
        model.addAttribute("campaigns", choices.allCampaigns());
        return "models/list";
    }

    // ---- one model ---------------------------------------------------------------------------------------

    @GetMapping("/models/{modelId}")
    public String detail(@PathVariable String modelId, Model model, HttpServletResponse response) {
        Object awaited = model.getAttribute("awaitVersion");
        Optional<ModelView> view = awaited instanceof Long version
                ? queries.awaitView(modelId, v -> v.version() >= version, READ_OWN_WRITE)
                : queries.find(modelId);
        // an unknown model is refused like one outside the subtree (the kit's 403 page): ids cannot be probed
        if (view.isEmpty()) throw new NotFound("mô hình", "model", modelId);
        queries.requireReadable(view.get());
        return detailPage(view.get(), model, null);
    }

    @PostMapping("/models/{modelId}/amendment")
    public String amend(@PathVariable String modelId, @ModelAttribute("amendForm") AmendForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("startDateText", binding.getFieldValue("startDate"));
        return change(modelId, "amend", HttpServletResponse.SC_BAD_REQUEST, binding, model, redirect, response, before -> {
            boolean changed = registration.amend(modelId, form.toInput());
            return new Changed(changed ? "amended" : "unchanged", before.version() + (changed ? 1 : 0));
        });
    }

    @PostMapping("/models/{modelId}/withdrawal")
    public String withdraw(@PathVariable String modelId, @ModelAttribute("withdrawForm") WithdrawForm form,
                           BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return change(modelId, "withdraw", HttpServletResponse.SC_BAD_REQUEST, binding, model, redirect, response, before -> {
            registration.withdraw(modelId, form.getReason());
            return new Changed("withdrawn", before.version() + 1);
        });
    }

    @PostMapping("/models/{modelId}/content-confirmation")
    public String confirm(@PathVariable String modelId, @ModelAttribute("confirmForm") ConfirmForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return change(modelId, "confirm", HttpServletResponse.SC_CONFLICT, binding, model, redirect, response, before -> {
            registration.confirmContent(modelId);
            return new Changed("confirmed", before.version() + 1);
        });
    }

    /** What a successful form action tells the model page: the notice to show and the view version to wait for. */
    private record Changed(String notice, long awaitVersion) {
    }

    /**
     * One form action on the model page: unknown model → the 404 page; the action's rule violations go next to the
     * form's fields and the page is shown again with {@code refusedStatus}; success redirects with a notice.
     */
    private String change(String modelId, String formName, int refusedStatus, BindingResult binding, Model model,
                          RedirectAttributes redirect, HttpServletResponse response,
                          java.util.function.Function<ModelView, Changed> action) {
        ModelView before = queries.find(modelId).orElse(null);
        if (before == null) return detail(modelId, model, response);
        queries.requireReadable(before);
        if (!binding.hasErrors()) {
            try {
                Changed changed = action.apply(before);
                return afterChange(modelId, changed.notice(), changed.awaitVersion(), redirect);
            } catch (RuntimeException e) {
                RuleViolation violation = violation(e);
                if (violation == null) throw e;
                rejectAll(binding, violation);
            }
        }
        response.setStatus(refusedStatus);
        return detailPage(before, model, formName);
    }

    private String afterChange(String modelId, String notice, long version, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("awaitVersion", version);
        return "redirect:/models/" + modelId;
    }

    private String detailPage(ModelView view, Model model, String failedForm) {
        model.addAttribute("m", view);
        model.addAttribute("failedForm", failedForm);
        if (!model.containsAttribute("amendForm")) model.addAttribute("amendForm", AmendForm.of(view));
        if (!model.containsAttribute("withdrawForm")) model.addAttribute("withdrawForm", new WithdrawForm());
        if (!model.containsAttribute("confirmForm")) model.addAttribute("confirmForm", new ConfirmForm());
        model.addAttribute("callerUnit", callerUnit().orElse(null));
        // only the forms the signed-in officer may use are shown (the application refuses the others anyway)
        model.addAttribute("mayChange", guard.allows(view.unitId(), Role.UNIT_OFFICER));
        model.addAttribute("mayConfirm", guard.allows(view.managingUnitId(), Role.MANAGING_UNIT_OFFICER));
        if (view.replicaOf() != null) model.addAttribute("original", queries.find(view.replicaOf()).orElse(null));
        return "models/detail";
    }

    // ---- bulk import ------------------------------------------------------------------------------------

    @GetMapping("/models/import")
    public String importPage(@RequestParam(required = false) String campaignId, Model model) {
        model.addAttribute("campaignId", campaignId);
        return importPageView(model);
    }

    @PostMapping("/models/import")
    public String importTable(@RequestParam(required = false) String campaignId,
                              @RequestParam(required = false) MultipartFile file, Model model,
                              HttpServletResponse response) throws IOException {
        model.addAttribute("campaignId", campaignId);
        try {
            model.addAttribute("report", ModelImportController.run(imports, campaignId, file));
        } catch (RuntimeException e) {
            RuleViolation violation = violation(e);
            if (violation == null) throw e;
            RuleMessages messages = RuleMessages.get();
            model.addAttribute("problems", violation.fields().isEmpty()
                    ? List.of(new ResolvedField("", messages.text(violation, RuleMessages.VIETNAMESE),
                    messages.text(violation, java.util.Locale.ENGLISH))) : messages.resolve(violation.fields()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return importPageView(model);
    }

    /** The summary table template, from the pages (a page session has no bearer token for the API's copy). */
    @GetMapping("/models/import/template.xlsx")
    public org.springframework.http.ResponseEntity<byte[]> template() {
        return ModelImportController.templateDownload();
    }

    private String importPageView(Model model) {
        model.addAttribute("campaigns", choices.openCampaigns());
        model.addAttribute("columns", SummaryTableFile.Column.values());
        return "models/import";
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static Optional<String> callerUnit() {
        return CurrentCaller.get().map(Caller::unitId);
    }

    private static ModelField parse(String field) {
        if (field == null || field.isBlank()) return null;
        try {
            return ModelField.valueOf(field);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void rejectAll(BindingResult binding, RuleViolation violation) {
        if (violation.fields().isEmpty()) {
            binding.reject(violation.code(), RuleMessages.get().text(violation, LocaleContextHolder.getLocale()));
        } else {
            violation.fields().forEach(issue -> reject(binding, issue));
        }
    }

    /** A problem next to its field when the form has that field, else at the top. */
    private static void reject(BindingResult binding, FieldIssue issue) {
        String message = RuleMessages.get().text(issue, LocaleContextHolder.getLocale());
        Object target = binding.getTarget();
        if (target != null && new BeanWrapperImpl(target).isReadableProperty(issue.field())) {
            binding.rejectValue(issue.field(), "rule", message);
        } else {
            binding.reject("rule", issue.field() + ": " + message);
        }
    }

    private static RuleViolation violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) return v;
        }
        return null;
    }
}
