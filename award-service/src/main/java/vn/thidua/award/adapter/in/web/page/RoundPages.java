package vn.thidua.award.adapter.in.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.thidua.award.application.access.AwardAccess.DECIDERS;
import static vn.thidua.award.application.access.AwardAccess.ROUND_PROPOSERS;

/**
 * The rounds' pages: the list, a round with its proposals, counts and budget, the proposal form (a recognised
 * model, a collective or a person) and the council's decision over the round's pending list, shown with its
 * amounts before it is confirmed; the round's list as .xlsx. Plain HTML forms; bad input comes back with its errors.
 */
@Controller
public class RoundPages {

    private static final int UNIT_CHOICES = 300;
    private static final java.time.Duration VIEW_WAIT = java.time.Duration.ofSeconds(5);

    private final RoundQueries rounds;
    private final RoundCommands commands;
    private final CatalogueQueries catalogues;
    private final RoundDocuments documents;
    private final TreeCopy tree;
    private final MessageSource messages;

    public RoundPages(RoundQueries rounds, RoundCommands commands, CatalogueQueries catalogues,
                      RoundDocuments documents, TreeCopy tree, MessageSource messages) {
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
        if ("proposed".equals(done) || "decided".equals(done)) model.addAttribute("notice", "round.done." + done);
        return "rounds/round";
    }

    @GetMapping("/rounds/{roundId}/list.xlsx")
    public ResponseEntity<byte[]> sheet(@PathVariable String roundId) {
        return Downloads.xlsx(documents.sheet(roundId), "danh-sach-khen-thuong.xlsx");
    }

    @GetMapping("/rounds/{roundId}/decision.pdf")
    public ResponseEntity<byte[]> decisionPdf(@PathVariable String roundId, @RequestParam String number) {
        return Downloads.pdf(documents.decision(roundId, number), "quyet-dinh-khen-thuong.pdf");
    }

    @GetMapping("/rounds/{roundId}/certificates.pdf")
    public ResponseEntity<byte[]> certificates(@PathVariable String roundId,
                                               @RequestParam(required = false) String number) {
        return Downloads.pdf(documents.certificates(roundId, number), "giay-khen.pdf");
    }

    // ---- proposals ----

    @GetMapping("/rounds/{roundId}/proposals/new")
    public String proposalForm(@PathVariable String roundId, Model model) {
        PageErrors.none(model);
        return proposalPage(roundId, new ProposalForm(), model);
    }

    @PostMapping("/rounds/{roundId}/proposals")
    public String propose(@PathVariable String roundId, ProposalForm form, Model model, HttpServletResponse response) {
        List<FieldIssue> issues = form.issues();
        if (!issues.isEmpty()) {
            PageErrors.show(model, messages, "proposal.field.", issues, null, "nomineeKind");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return proposalPage(roundId, form, model);
        }
        String proposalId;
        try {
            proposalId = commands.propose(roundId, form.toInput());
        } catch (RuleViolation violation) {
            PageErrors.show(model, messages, "proposal.field.", violation, ProposalForm::formField,
                    form.generalField(violation.code()));
            response.setStatus(violation instanceof vn.thidua.platform.domain.InvalidInput ? 400 : 409);
            return proposalPage(roundId, form, model);
        }
        rounds.awaitProposals(List.of(proposalId), p -> true, VIEW_WAIT);
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
