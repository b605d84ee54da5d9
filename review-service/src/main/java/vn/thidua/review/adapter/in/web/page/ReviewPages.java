package vn.thidua.review.adapter.in.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.review.adapter.in.web.AuthorityDownloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.contracts.ComprehensiveCriterion;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.review.domain.ReviewCaseIds;
import vn.thidua.review.application.ReviewCaseCommands;
import vn.thidua.review.application.ReviewCaseQueries;
import vn.thidua.review.application.ReviewCaseStore.CaseFilter;
import vn.thidua.review.application.ReviewCaseView;
import vn.thidua.review.domain.AuthorityDocumentKind;
import vn.thidua.review.domain.CriterionMark;
import vn.thidua.review.domain.EffectivenessVerdict;
import vn.thidua.review.domain.ReviewMilestone;
import vn.thidua.review.domain.RecognitionDecision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reviewers' pages: the worklist (/cases), one case (/cases/{id}) with its forms, the board's needs-routing
 * queue (/needs-routing) and the batch decision (/decisions/new). A refused form shows again with the rule's
 * texts next to its fields; a case outside the caller's reach is the kit's 403 page.
 */
@Controller
public class ReviewPages {

    /** How long a page waits for the case's view to show a change just made, at most. */
    private static final Duration READ_OWN_WRITE = Duration.ofSeconds(5);
    static final List<String> STAGES = List.of("NEEDS_ROUTING", "OPEN", "RECOGNIZED", "DECLINED", "REVOKED", "CLOSED");
    static final List<String> LEVELS = List.of("province", "district", "commune");

    private final ReviewCaseCommands commands;
    private final ReviewCaseQueries queries;
    private final AccessGuard guard;

    public ReviewPages(ReviewCaseCommands commands, ReviewCaseQueries queries, AccessGuard guard) {
        this.commands = commands;
        this.queries = queries;
        this.guard = guard;
    }

    /** One problem of a form: the id of the field at fault and the text shown. */
    public record Issue(String field, String message) {
    }

    // ---- the worklist -----------------------------------------------------------------------------------

    /** The worklist is also the start page. */
    @GetMapping({"/", "/cases"})
    public String worklist(@RequestParam(required = false) String campaignId,
                           @RequestParam(required = false) String field,
                           @RequestParam(required = false) String stage,
                           @RequestParam(required = false) String registrantKind,
                           @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        String campaign = campaignId == null || campaignId.isBlank() ? null : campaignId.strip();
        String modelField = Arrays.stream(ModelField.values()).map(Enum::name).filter(f -> f.equals(field))
                .findFirst().orElse(null);
        String status = stage != null && STAGES.contains(stage) ? stage : null;
        String kind = Arrays.stream(RegistrantKind.values()).map(Enum::name).filter(k -> k.equals(registrantKind))
                .findFirst().orElse(null);
        // a recognising authority's worklist is what is routed to its unit; others see every case in reach
        String authority = holds(Role.RECOGNISING_AUTHORITY) ? callerUnit() : null;
        List<ReviewCaseView> all = queries.reviewCases(new CaseFilter(campaign, null, null, authority, modelField), overdue)
                .stream().filter(c -> kind == null || kind.equals(c.getRegistrantKind())).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        STAGES.forEach(s -> counts.put(s, all.stream().filter(c -> s.equals(c.getStatus())).count()));
        model.addAttribute("cases", all.stream().filter(c -> status == null || status.equals(c.getStatus())).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("overdueCount", all.stream().filter(ReviewCaseView::isSupplementOverdue).count());
        model.addAttribute("campaignId", campaign);
        model.addAttribute("field", modelField);
        model.addAttribute("stage", status);
        model.addAttribute("registrantKind", kind);
        model.addAttribute("kinds", RegistrantKind.values());
        model.addAttribute("overdue", overdue);
        model.addAttribute("fields", ModelField.values());
        model.addAttribute("stages", STAGES);
        model.addAttribute("authority", authority);
        return "review/worklist";
    }

    // ---- one case -----------------------------------------------------------------------------------------

    /** A model's case, for links from the other services' pages, which know the model and not its case. */
    @GetMapping("/models/{modelId}/case")
    public String caseOfModel(@PathVariable String modelId) {
        return "redirect:/cases/" + ReviewCaseIds.forModel(modelId);
    }

    @GetMapping("/cases/{reviewCaseId}")
    public String reviewCase(@PathVariable String reviewCaseId, @RequestParam(required = false) String route,
                             Model model, HttpServletResponse response) {
        // the authority picker's search page comes back with its choice for the routing form
        if (route != null && route.matches("[A-Za-z0-9_.-]{1,40}")) {
            model.addAttribute("values", Map.of("route-authorityUnitId", route));
        }
        return casePage(find(reviewCaseId), model, null, Map.of(), List.of());
    }

    @PostMapping("/cases/{reviewCaseId}/survey")
    public String survey(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "survey", params, model, redirect, response, form -> {
            var surveyedOn = form.date("surveyedOn");
            return () -> commands.recordSurvey(reviewCaseId, surveyedOn, form.lines("inspectors"),
                    form.text("findings"));
        });
    }

    @PostMapping("/cases/{reviewCaseId}/criteria")
    public String criteria(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "criteria", params, model, redirect, response, form -> {
            List<CriterionMark> marks = new ArrayList<>();
            for (ComprehensiveCriterion criterion : ComprehensiveCriterion.values()) {
                String met = form.text(criterion.name());
                marks.add(new CriterionMark(criterion, met == null ? null : "true".equals(met),
                        form.text(criterion.name() + "-evidence")));
            }
            return () -> commands.assessCriteria(reviewCaseId, marks);
        });
    }

    @PostMapping("/cases/{reviewCaseId}/supplement")
    public String supplement(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "supplement", params, model, redirect, response, form -> {
            var dueOn = form.date("dueOn");
            return () -> commands.requestSupplement(reviewCaseId, form.text("request"), dueOn);
        });
    }

    /** The authority's document with its file (multipart); a file input left empty is no file. */
    @PostMapping("/cases/{reviewCaseId}/document")
    public String document(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params,
                           @RequestParam(name = "document-file", required = false) MultipartFile file, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        return act(reviewCaseId, "document", params, model, redirect, response, form -> {
            AuthorityDocumentKind kind = form.choice("kind", AuthorityDocumentKind.class);
            var issuedOn = form.date("issuedOn");
            return () -> {
                try {
                    commands.recordAuthorityDocument(reviewCaseId, kind, form.text("reference"), issuedOn,
                            chosen ? file.getOriginalFilename() : null, chosen ? file.getInputStream() : null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        });
    }

    /** An authority document's file, for the readers of its case. */
    @GetMapping("/cases/{reviewCaseId}/documents/{documentId}")
    public ResponseEntity<byte[]> documentFile(@PathVariable String reviewCaseId,
                                                            @PathVariable String documentId) throws IOException {
        return AuthorityDownloads.of(queries.authorityDocument(reviewCaseId, documentId));
    }

    @PostMapping("/cases/{reviewCaseId}/meeting")
    public String meeting(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "meeting", params, model, redirect, response, form -> {
            var heldOn = form.date("heldOn");
            Integer total = form.count("membersTotal");
            Integer votesFor = form.count("votesFor");
            Integer against = form.count("votesAgainst");
            Integer abstaining = form.count("votesAbstaining");
            return () -> commands.holdMeeting(reviewCaseId, heldOn, form.text("chair"), form.lines("membersPresent"),
                    total, votesFor, against, abstaining, form.text("conclusion"));
        });
    }

    @PostMapping("/cases/{reviewCaseId}/recognition")
    public String recognize(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "recognize", params, model, redirect, response, form -> {
            RecognitionDecision decision = form.decision();
            return () -> commands.recognize(reviewCaseId, decision);
        });
    }

    @PostMapping("/cases/{reviewCaseId}/declination")
    public String decline(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "decline", params, model, redirect, response, form -> {
            var decidedOn = form.date("decidedOn");
            return () -> commands.decline(reviewCaseId, decidedOn, form.lines("reasons"));
        });
    }

    @PostMapping("/cases/{reviewCaseId}/revocation")
    public String revoke(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "revoke", params, model, redirect, response, form -> {
            var decidedOn = form.date("decidedOn");
            return () -> commands.revoke(reviewCaseId, decidedOn, form.text("decisionNumber"), form.lines("reasons"));
        });
    }

    @PostMapping("/cases/{reviewCaseId}/effectiveness")
    public String effectiveness(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params,
                                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // from the milestone page, back to it (its filters as they were)
        String back = "milestone".equals(params.get("return")) ? "redirect:" + UriComponentsBuilder.fromPath("/effectiveness")
                .queryParam("milestone", params.get("effectiveness-milestone"))
                .queryParam("year", params.get("effectiveness-year"))
                .queryParamIfPresent("campaignId", Optional.ofNullable(params.get("campaignId")).filter(c -> !c.isBlank()))
                .encode().build().toUriString() : null;
        return act(reviewCaseId, "effectiveness", params, model, redirect, response, back, form -> {
            ReviewMilestone milestone = form.choice("milestone", ReviewMilestone.class);
            EffectivenessVerdict verdict = form.choice("verdict", EffectivenessVerdict.class);
            Integer year = form.count("year");
            var assessedOn = form.date("assessedOn");
            return () -> commands.assessEffectiveness(reviewCaseId, milestone, year, verdict, form.text("evidence"),
                    assessedOn);
        });
    }

    @PostMapping("/cases/{reviewCaseId}/routing")
    public String route(@PathVariable String reviewCaseId, @RequestParam Map<String, String> params, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return act(reviewCaseId, "route", params, model, redirect, response, form ->
                () -> commands.routeByHand(reviewCaseId, form.text("authorityUnitId"), form.text("reason")));
    }

    /**
     * One form on the case page: fields read (unreadable dates or numbers are problems of their own), the action
     * run; its rule violations go next to the form's fields (ids {@code <form>-<field>}) and the page is shown
     * again with 400 or 409; success waits for the view to show the change and redirects with a notice.
     */
    private String act(String reviewCaseId, String formName, Map<String, String> params, Model model,
                       RedirectAttributes redirect, HttpServletResponse response, FormAction action) {
        return act(reviewCaseId, formName, params, model, redirect, response, null, action);
    }

    /** {@code success}: where to go after the change (null: the case page). */
    private String act(String reviewCaseId, String formName, Map<String, String> params, Model model,
                       RedirectAttributes redirect, HttpServletResponse response, String success, FormAction action) {
        ReviewCaseView before = find(reviewCaseId);
        PageForm form = new PageForm(formName, params);
        List<FieldIssue> issues = new ArrayList<>();
        int status = HttpServletResponse.SC_BAD_REQUEST;
        try {
            Runnable send = action.prepare(form);
            if (form.issues().isEmpty()) {
                send.run();
                Instant updated = before.getUpdatedAt();
                queries.awaitCase(reviewCaseId, v -> !Objects.equals(v.getUpdatedAt(), updated), READ_OWN_WRITE);
                redirect.addFlashAttribute("notice", formName);
                return success != null ? success : "redirect:/cases/" + reviewCaseId;
            }
        } catch (RuntimeException e) {
            RuleViolation violation = violation(e);
            if (violation == null) throw e;
            if (violation instanceof StateConflict) status = HttpServletResponse.SC_CONFLICT;
            if (violation.fields().isEmpty()) {
                issues.add(FieldIssue.of("", violation.code()));
                model.addAttribute("general", RuleMessages.get().text(violation, LocaleContextHolder.getLocale()));
            } else {
                issues.addAll(violation.fields());
            }
        }
        // an unreadable field is reported as such, not as missing
        List<FieldIssue> all = new ArrayList<>(form.issues());
        issues.stream().filter(i -> form.issues().stream().noneMatch(p -> p.field().equals(i.field()))).forEach(all::add);
        response.setStatus(status);
        model.addAttribute("values", form.values());
        return casePage(before, model, formName, errors(formName, all), summary(formName, all, model));
    }

    @FunctionalInterface
    private interface FormAction {
        /** Reads the form (recording what is unreadable) and returns the command to send when all was readable. */
        Runnable prepare(PageForm form);
    }

    private String casePage(ReviewCaseView view, Model model, String failedForm, Map<String, String> errors,
                            List<Issue> issues) {
        String unit = callerUnit();
        boolean authority = holds(Role.RECOGNISING_AUTHORITY) && unit != null && unit.equals(view.getAuthorityUnitId());
        model.addAttribute("c", view);
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("errors", errors);
        model.addAttribute("issues", issues);
        if (!model.containsAttribute("values")) model.addAttribute("values", Map.of());
        model.addAttribute("mayAct", authority && ReviewCaseView.OPEN.equals(view.getStatus()));
        model.addAttribute("mayRevoke", authority && ReviewCaseView.RECOGNIZED.equals(view.getStatus()));
        model.addAttribute("mayAssess", authority && (ReviewCaseView.OPEN.equals(view.getStatus())
                || ReviewCaseView.RECOGNIZED.equals(view.getStatus())));
        model.addAttribute("milestones", ReviewMilestone.values());
        model.addAttribute("verdicts", EffectivenessVerdict.values());
        model.addAttribute("mayRoute", ReviewCaseView.NEEDS_ROUTING.equals(view.getStatus())
                && guard.allows(view.getUnitId(), Role.BOARD_OFFICER));
        model.addAttribute("checklist", Checklist.of(view));
        model.addAttribute("criteria", ComprehensiveCriterion.values());
        model.addAttribute("documentKinds", AuthorityDocumentKind.values());
        model.addAttribute("levels", LEVELS);
        return "review/case";
    }

    // ---- effectiveness at a milestone ----------------------------------------------------------------------

    /**
     * Every registered or recognised model in reach at a milestone of a year, with its verdict so far and counts;
     * the routed authority records verdicts row by row. Defaults: this year, the six-month review until June.
     */
    @GetMapping("/effectiveness")
    public String milestone(@RequestParam(required = false) String campaignId,
                            @RequestParam(required = false) String milestone,
                            @RequestParam(required = false) String year, Model model) {
        java.time.LocalDate today = queries.today();
        ReviewMilestone chosen = Arrays.stream(ReviewMilestone.values()).filter(m -> m.name().equals(milestone))
                .findFirst().orElse(today.getMonthValue() <= 6 ? ReviewMilestone.SIX_MONTH : ReviewMilestone.YEAR_END);
        int chosenYear = year != null && year.matches("\\d{4}") ? Integer.parseInt(year) : today.getYear();
        if (chosenYear < 2000 || chosenYear > today.getYear() + 1) chosenYear = today.getYear();
        String campaign = campaignId == null || campaignId.isBlank() ? null : campaignId.strip();
        String authority = holds(Role.RECOGNISING_AUTHORITY) ? callerUnit() : null;
        model.addAttribute("review", queries.milestoneReview(campaign, authority, chosen, chosenYear));
        model.addAttribute("campaignId", campaign);
        model.addAttribute("milestones", ReviewMilestone.values());
        model.addAttribute("verdicts", EffectivenessVerdict.values());
        model.addAttribute("authority", authority);
        model.addAttribute("today", today);
        return "review/effectiveness";
    }

    // ---- the board's queue ----------------------------------------------------------------------------

    @GetMapping("/needs-routing")
    public String needsRouting(Model model) {
        guard.requireRole(Role.BOARD_OFFICER);
        model.addAttribute("cases", queries.reviewCases(
                new CaseFilter(null, null, ReviewCaseView.NEEDS_ROUTING, null, null), false));
        return "review/needs-routing";
    }

    // ---- one decision for many cases ----------------------------------------------------------------------

    @GetMapping("/decisions/new")
    public String batchForm(Model model) {
        return batchPage(model, Map.of(), List.of(), Map.of(), List.of());
    }

    @PostMapping("/decisions")
    public String batch(@RequestParam Map<String, String> params,
                        @RequestParam(name = "reviewCaseIds", required = false) List<String> reviewCaseIds,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PageForm form = new PageForm("batch", params);
        List<String> chosen = reviewCaseIds == null ? List.of() : reviewCaseIds;
        try {
            RecognitionDecision decision = form.decision();
            if (form.issues().isEmpty()) {
                List<String> recognized = commands.recognizeAll(chosen, decision);
                String last = recognized.get(recognized.size() - 1);
                queries.awaitCase(last, v -> ReviewCaseView.RECOGNIZED.equals(v.getStatus()), READ_OWN_WRITE);
                redirect.addFlashAttribute("notice", "batch");
                redirect.addFlashAttribute("recognized", recognized.size());
                return "redirect:/cases/" + last;
            }
        } catch (RuntimeException e) {
            RuleViolation violation = violation(e);
            if (violation == null) throw e;
            response.setStatus(violation instanceof StateConflict ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            List<FieldIssue> issues = new ArrayList<>(violation.fields());
            if (issues.isEmpty()) issues.add(FieldIssue.of("", violation.code()));
            model.addAttribute("general", RuleMessages.get().text(violation, LocaleContextHolder.getLocale()));
            return batchPage(model, form.values(), chosen, errors("batch", issues), summary("batch", issues, model));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return batchPage(model, form.values(), chosen, errors("batch", form.issues()),
                summary("batch", form.issues(), model));
    }

    private String batchPage(Model model, Map<String, String> values, List<String> chosen, Map<String, String> errors,
                             List<Issue> issues) {
        guard.requireRole(Role.RECOGNISING_AUTHORITY);
        model.addAttribute("cases", queries.reviewCases(
                new CaseFilter(null, null, ReviewCaseView.OPEN, callerUnit(), null), false));
        model.addAttribute("values", values);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("issues", issues);
        model.addAttribute("levels", LEVELS);
        return "review/batch";
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The case; an unknown one answers as one outside the caller's reach (the kit's 403 page, no oracle). */
    private ReviewCaseView find(String reviewCaseId) {
        try {
            return queries.reviewCase(reviewCaseId);
        } catch (NotFound e) {
            throw new OutsideJurisdiction("unit");
        }
    }

    /** Texts by field id ({@code <form>-<field>}); the first problem of a field wins. */
    private static Map<String, String> errors(String formName, List<FieldIssue> issues) {
        Map<String, String> byField = new TreeMap<>();
        for (FieldIssue issue : issues) {
            if (issue.field().isEmpty()) continue;
            byField.putIfAbsent(formName + "-" + issue.field(),
                    RuleMessages.get().text(issue, LocaleContextHolder.getLocale()));
        }
        return byField;
    }

    private static List<Issue> summary(String formName, List<FieldIssue> issues, Model model) {
        Object general = model.getAttribute("general");
        List<Issue> summary = new ArrayList<>();
        for (FieldIssue issue : issues) {
            if (issue.field().isEmpty()) {
                summary.add(new Issue(formName, String.valueOf(general)));
            } else {
                summary.add(new Issue(formName + "-" + issue.field(),
                        RuleMessages.get().text(issue, LocaleContextHolder.getLocale())));
            }
        }
        return summary;
    }

    private static String callerUnit() {
        return CurrentCaller.get().map(Caller::unitId).orElse(null);
    }

    private static boolean holds(Role role) {
        return CurrentCaller.get().map(caller -> caller.roles().contains(role.name())).orElse(false);
    }

    private static RuleViolation violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) return v;
        }
        return null;
    }
}
