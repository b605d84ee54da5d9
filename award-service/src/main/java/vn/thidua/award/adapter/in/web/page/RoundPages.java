package vn.thidua.award.adapter.in.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.award.adapter.in.web.ReportDownloads;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.application.report.ProposalReports;
import vn.thidua.award.application.report.ReportUpload;
import vn.thidua.pages.Formats;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardProposalView.ProposalStatus;
import vn.thidua.award.application.RoundSummary;
import vn.thidua.award.application.catalogue.CatalogueQueries;
import vn.thidua.award.application.document.RoundDocuments;
import vn.thidua.award.application.document.RoundListing;
import vn.thidua.award.application.round.RoundCommands;
import vn.thidua.award.application.round.RoundInputs;
import vn.thidua.award.application.round.RoundQueries;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardMoney;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.Verdict;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.pages.Downloads;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.platform.tree.UnitNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.thidua.award.application.access.AwardAccess.DECIDERS;
import static vn.thidua.award.application.access.AwardAccess.ROUND_PROPOSERS;

/**
 * The rounds' pages: the list, a round with its proposals, counts, budget and history, the council's opening,
 * closing, reopening and added forms, the proposal form (a recognised model, a collective or a person, with its
 * report) and the council's decision over the round's pending list, shown with its amounts before it is confirmed;
 * downloads. Plain HTML forms; bad input comes back with its errors.
 */
@Controller
public class RoundPages {

    private static final int UNIT_CHOICES = 300;
    private static final java.time.Duration VIEW_WAIT = java.time.Duration.ofSeconds(5);
    private static final java.util.Set<String> DONE = java.util.Set.of("proposed", "decided", "report", "opened",
            "closed", "reopened", "forms");

    private final RoundQueries rounds;
    private final RoundCommands commands;
    private final CatalogueQueries catalogues;
    private final RoundDocuments documents;
    private final TreeCopy tree;
    private final MessageSource messages;
    private final ProposalReports reports;

    public RoundPages(RoundQueries rounds, RoundCommands commands, CatalogueQueries catalogues,
                      RoundDocuments documents, TreeCopy tree, MessageSource messages, ProposalReports reports) {
        this.reports = reports;
        this.rounds = rounds;
        this.commands = commands;
        this.catalogues = catalogues;
        this.documents = documents;
        this.tree = tree;
        this.messages = messages;
    }

    /** The start page: the rounds (for those who read them) and the catalogue. */
    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("mayReadRounds", has(vn.thidua.award.application.access.AwardAccess.ROUND_READERS));
        return "home";
    }

    @GetMapping("/rounds")
    public String list(Model model) {
        model.addAttribute("rounds", rounds.rounds().stream().map(r -> rounds.round(r.roundId())).toList());
        model.addAttribute("names", names());
        model.addAttribute("mayOpen", has(DECIDERS));
        return "rounds/list";
    }

    /** One round; after a change ({@code ?done=proposed|decided}) it says so. */
    @GetMapping("/rounds/{roundId}")
    public String round(@PathVariable String roundId, @RequestParam(required = false) String done, Model model) {
        RoundListing listing = documents.listing(roundId);
        model.addAttribute("summary", listing.summary());
        model.addAttribute("listing", listing);
        model.addAttribute("mayPropose", has(ROUND_PROPOSERS) && listing.summary().round().status().name().equals("OPEN"));
        model.addAttribute("mayDecide", has(DECIDERS) && listing.rows().stream()
                .anyMatch(r -> r.proposal().status() == ProposalStatus.PENDING));
        model.addAttribute("decisions", listing.rows().stream().map(r -> r.proposal().decisionNumber())
                .filter(n -> n != null).distinct().toList());
        RoundView round = listing.summary().round();
        boolean manages = has(DECIDERS) && !round.standing();
        model.addAttribute("mayManage", manages);
        model.addAttribute("mayAttach", has(ROUND_PROPOSERS));
        model.addAttribute("addableForms", !manages || round.status() == RoundView.RoundStatus.DECIDED ? List.of()
                : catalogues.current().forms().stream().filter(f -> !round.formCodes().contains(f.code()))
                .map(Option::of).toList());
        model.addAttribute("roundForms", round.formCodes() == null ? List.of() : round.formCodes().stream()
                .map(code -> catalogues.current().form(code).map(Option::of).orElse(new Option(code, code))).toList());
        if (!model.containsAttribute("errors")) PageErrors.none(model);
        if (done != null && DONE.contains(done)) model.addAttribute("notice", "round.done." + done);
        return "rounds/round";
    }

    @GetMapping("/rounds/{roundId}/list.xlsx")
    public ResponseEntity<byte[]> sheet(@PathVariable String roundId) {
        return Downloads.xlsx(documents.sheet(roundId), "danh-sach-khen-thuong.xlsx");
    }

    @GetMapping("/rounds/{roundId}/decision.pdf")
    public ResponseEntity<byte[]> decisionPdf(@PathVariable String roundId,
                                              @RequestParam(required = false) String number) {
        return Downloads.pdf(documents.decision(roundId, number), "quyet-dinh-khen-thuong.pdf");
    }

    @GetMapping("/rounds/{roundId}/certificates.pdf")
    public ResponseEntity<byte[]> certificates(@PathVariable String roundId,
                                               @RequestParam(required = false) String number) {
        return Downloads.pdf(documents.certificates(roundId, number), "giay-khen.pdf");
    }

    /** A proposal's report, for whoever may read the proposal. */
    @GetMapping("/rounds/{roundId}/proposals/{proposalId}/report")
    public ResponseEntity<byte[]> report(@PathVariable String roundId, @PathVariable String proposalId) {
        return ReportDownloads.of(reports.content(roundId, proposalId));
    }

    /** Attaches (or replaces) a pending proposal's report from the round page. */
    @PostMapping("/rounds/{roundId}/proposals/{proposalId}/report")
    public String attachReport(@PathVariable String roundId, @PathVariable String proposalId,
                               @RequestParam(value = "report", required = false) MultipartFile report, Model model,
                               HttpServletResponse response) throws IOException {
        rounds.round(roundId);
        ReportUpload upload = ReportDownloads.upload(report);
        try {
            commands.attachReport(proposalId, upload);
        } catch (RuleViolation violation) {
            return roundPageWith(roundId, violation, "report", model, response);
        }
        rounds.awaitProposals(List.of(proposalId), p -> p.report() != null, VIEW_WAIT);
        return "redirect:/rounds/" + roundId + "?done=report";
    }

    // ---- the council manages its rounds ----

    @GetMapping("/rounds/new")
    public String newRound(Model model) {
        PageErrors.none(model);
        return roundFormPage(RoundForm.empty(CurrentCaller.get().map(c -> c.unitId()).orElse("")), model);
    }

    @PostMapping("/rounds")
    public String open(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        RoundForm form = RoundForm.of(fields);
        List<FieldIssue> issues = form.issues();
        if (!issues.isEmpty()) {
            PageErrors.show(model, messages, "openRound.field.", issues, null, "name");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return roundFormPage(form, model);
        }
        String roundId;
        try {
            roundId = commands.open(form.toInput());
        } catch (RuleViolation violation) {
            PageErrors.show(model, messages, "openRound.field.", violation, f -> f, "name");
            response.setStatus(violation instanceof vn.thidua.platform.domain.InvalidInput ? 400 : 409);
            return roundFormPage(form, model);
        }
        rounds.awaitRound(roundId, r -> true, VIEW_WAIT);
        return "redirect:/rounds/" + roundId + "?done=opened";
    }

    @PostMapping("/rounds/{roundId}/close")
    public String close(@PathVariable String roundId, Model model, HttpServletResponse response) {
        try {
            commands.close(roundId);
        } catch (RuleViolation violation) {
            return roundPageWith(roundId, violation, "close", model, response);
        }
        rounds.awaitRound(roundId, r -> r.status() != RoundView.RoundStatus.OPEN, VIEW_WAIT);
        return "redirect:/rounds/" + roundId + "?done=closed";
    }

    @PostMapping("/rounds/{roundId}/reopen")
    public String reopen(@PathVariable String roundId, @RequestParam(required = false) String reason,
                         @RequestParam(required = false) String proposalDeadline, Model model,
                         HttpServletResponse response) {
        List<FieldIssue> issues = new ArrayList<>();
        if (reason == null || reason.isBlank()) issues.add(FieldIssue.of("reason", "required"));
        else if (reason.length() > 2000) issues.add(FieldIssue.of("reason", "page-too-long", 2000));
        Optional<java.time.LocalDate> deadline = Formats.parseDate(proposalDeadline);
        if (proposalDeadline == null || proposalDeadline.isBlank()) issues.add(FieldIssue.of("proposalDeadline", "required"));
        else if (deadline.isEmpty()) issues.add(FieldIssue.of("proposalDeadline", "page-date"));
        try {
            if (!issues.isEmpty()) throw new vn.thidua.platform.domain.InvalidInput(issues);
            commands.reopen(roundId, reason, deadline.orElseThrow());
        } catch (RuleViolation violation) {
            model.addAttribute("reopenReason", reason);
            model.addAttribute("reopenDeadline", proposalDeadline);
            return roundPageWith(roundId, violation, "reason", model, response);
        }
        rounds.awaitRound(roundId, r -> r.status() == RoundView.RoundStatus.OPEN, VIEW_WAIT);
        return "redirect:/rounds/" + roundId + "?done=reopened";
    }

    @PostMapping("/rounds/{roundId}/forms")
    public String addForms(@PathVariable String roundId,
                           @RequestParam(value = "formCodes", required = false) List<String> formCodes, Model model,
                           HttpServletResponse response) {
        List<String> codes = formCodes == null ? List.of() : formCodes;
        try {
            if (codes.size() > 50) throw new vn.thidua.platform.domain.InvalidInput(FieldIssue.of("formCodes", "page-choice"));
            commands.addForms(roundId, codes);
        } catch (RuleViolation violation) {
            return roundPageWith(roundId, violation, "formCodes", model, response);
        }
        rounds.awaitRound(roundId, r -> r.formCodes() != null && r.formCodes().containsAll(codes.stream()
                .map(String::strip).toList()), VIEW_WAIT);
        return "redirect:/rounds/" + roundId + "?done=forms";
    }

    private String roundFormPage(RoundForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", java.util.Arrays.stream(vn.thidua.award.domain.round.RoundKind.values())
                .map(k -> new Option(k.name(), messages.getMessage("round.kind." + k.name(), null, k.name(),
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("forms", catalogues.current().forms().stream().map(Option::of).toList());
        model.addAttribute("units", units());
        return "rounds/new";
    }

    /** The round's page again, with the refusal of one of its actions shown next to its field. */
    private String roundPageWith(String roundId, RuleViolation violation, String generalField, Model model,
                                 HttpServletResponse response) {
        PageErrors.show(model, messages, "round.field.", violation, f -> f, generalField);
        response.setStatus(violation instanceof vn.thidua.platform.domain.InvalidInput ? 400 : 409);
        return round(roundId, null, model);
    }

    // ---- proposals ----

    @GetMapping("/rounds/{roundId}/proposals/new")
    public String proposalForm(@PathVariable String roundId, Model model) {
        PageErrors.none(model);
        return proposalPage(roundId, new ProposalForm(), model);
    }

    @PostMapping("/rounds/{roundId}/proposals")
    public String propose(@PathVariable String roundId, ProposalForm form,
                          @RequestParam(value = "report", required = false) MultipartFile report, Model model,
                          HttpServletResponse response) throws IOException {
        List<FieldIssue> issues = new ArrayList<>(form.issues());
        ReportUpload upload = ReportDownloads.upload(report);
        if (!issues.isEmpty()) {
            if (upload == null) issues.add(FieldIssue.of("report", "report-missing"));
            PageErrors.show(model, messages, "proposal.field.", issues, null, "nomineeKind");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return proposalPage(roundId, form, model);
        }
        String proposalId;
        try {
            proposalId = commands.propose(roundId, form.toInput(), upload);
        } catch (RuleViolation violation) {
            PageErrors.show(model, messages, "proposal.field.", violation, ProposalForm::formField,
                    form.generalField(violation.code()));
            response.setStatus(violation instanceof vn.thidua.platform.domain.InvalidInput ? 400 : 409);
            return proposalPage(roundId, form, model);
        }
        rounds.awaitProposals(List.of(proposalId), p -> p.report() != null, VIEW_WAIT); // its report comes just after
        return "redirect:/rounds/" + roundId + "?done=proposed";
    }

    private String proposalPage(String roundId, ProposalForm form, Model model) {
        RoundSummary summary = rounds.round(roundId);
        AwardCatalogue catalogue = catalogues.current();
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("forms", summary.round().formCodes().stream().map(catalogue::form)
                .flatMap(Optional::stream).map(Option::of).toList());
        model.addAttribute("models", rounds.eligibleModels(roundId).stream()
                .map(m -> new Option(m.modelId(), documents.model(m.modelId()) + " — "
                        + documents.unitName(m.unitId()))).toList());
        model.addAttribute("units", units());
        return "rounds/propose";
    }

    /** The caller's unit and the units below it, two levels down (a person or collective is of one of them). */
    private List<Option> units() {
        String own = CurrentCaller.get().map(c -> c.unitId()).orElse(null);
        List<Option> units = new ArrayList<>();
        if (own == null) return units;
        tree.find(own).ifPresent(u -> units.add(new Option(u.unitId(), u.name())));
        for (UnitNode child : tree.children(own)) {
            if (units.size() >= UNIT_CHOICES) break;
            units.add(new Option(child.unitId(), child.name()));
            for (UnitNode grandchild : tree.children(child.unitId())) {
                if (units.size() >= UNIT_CHOICES) break;
                units.add(new Option(grandchild.unitId(), child.name() + " › " + grandchild.name()));
            }
        }
        return units;
    }

    // ---- the council's decision ----

    @GetMapping("/rounds/{roundId}/decision")
    public String decisionForm(@PathVariable String roundId, Model model) {
        PageErrors.none(model);
        return decisionPage(roundId, DecisionForm.blank(), null, model);
    }

    /** Without {@code confirm}: the decision with its amounts, to confirm; with it: decided. */
    @PostMapping("/rounds/{roundId}/decision")
    public String decide(@PathVariable String roundId, @RequestParam Map<String, String> fields, Model model,
                         HttpServletResponse response) {
        DecisionForm form = DecisionForm.of(fields);
        List<AwardProposalView> pending = rounds.proposals(roundId, ProposalStatus.PENDING);
        List<FieldIssue> issues = form.issues(pending);
        if (!issues.isEmpty()) {
            PageErrors.show(model, messages, "decision.field.", issues, null, "decisionNumber");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return decisionPage(roundId, form, null, model);
        }
        RoundInputs.Decision decision = form.toInput(pending);
        if (!"yes".equals(fields.get("confirm"))) {
            PageErrors.none(model);
            return decisionPage(roundId, form, preview(decision, documents.listing(roundId)), model);
        }
        try {
            commands.decide(roundId, decision);
        } catch (RuleViolation violation) {
            PageErrors.show(model, messages, "decision.field.", violation, f -> f, "decisionNumber");
            response.setStatus(violation instanceof vn.thidua.platform.domain.InvalidInput ? 400 : 409);
            return decisionPage(roundId, form, null, model);
        }
        rounds.awaitProposals(decision.verdicts().stream().map(Verdict::proposalId).toList(),
                p -> p.status() != ProposalStatus.PENDING, VIEW_WAIT);
        return "redirect:/rounds/" + roundId + "?done=decided";
    }

    private String decisionPage(String roundId, DecisionForm form, Preview preview, Model model) {
        commands.requireCouncil(roundId);
        RoundListing listing = documents.listing(roundId);
        model.addAttribute("summary", listing.summary());
        model.addAttribute("pending", listing.rows().stream()
                .filter(r -> r.proposal().status() == ProposalStatus.PENDING).toList());
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        return "rounds/decision";
    }

    /** What the decision gives: each approval's amount from the catalogue at the decision date, and the total. */
    private Preview preview(RoundInputs.Decision decision, RoundListing listing) {
        Map<String, RoundListing.Row> byId = new LinkedHashMap<>();
        listing.rows().forEach(r -> byId.put(r.proposal().proposalId(), r));
        List<PreviewRow> rows = new ArrayList<>();
        long total = 0;
        for (Verdict verdict : decision.verdicts()) {
            RoundListing.Row row = byId.get(verdict.proposalId());
            AwardProposalView p = row.proposal();
            Optional<AwardMoney> money = verdict.outcome() == AwardOutcome.APPROVED && p.formCode() != null
                    ? catalogues.money(p.formCode(), p.recipientKind() == null ? RecipientKind.COLLECTIVE
                    : p.recipientKind(), decision.decisionDate()) : Optional.empty();
            total += money.map(AwardMoney::amount).orElse(0L);
            rows.add(new PreviewRow(p, row.nominee(), verdict.outcome(), verdict.reason(), money.orElse(null)));
        }
        return new Preview(rows, total);
    }

    public record Preview(List<PreviewRow> rows, long total) {
    }

    public record PreviewRow(AwardProposalView proposal, String nominee, AwardOutcome outcome, String reason,
                             AwardMoney money) {
    }

    /** A choice of a select: its value and what the person reads. */
    public record Option(String value, String label) {

        /** A form of the catalogue by its name in the reader's language. */
        static Option of(vn.thidua.award.domain.catalogue.AwardFormDefinition form) {
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            return new Option(form.code(), english && form.nameEn() != null ? form.nameEn() : form.name());
        }
    }

    // ---- helpers ----

    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        rounds.rounds().forEach(r -> names.put(r.councilUnitId(), documents.unitName(r.councilUnitId())));
        return names;
    }

    private static boolean has(Role... roles) {
        return CurrentCaller.get().map(c -> java.util.Arrays.stream(roles).anyMatch(r -> c.roles().contains(r.name())))
                .orElse(false);
    }
}
