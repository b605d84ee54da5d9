package vn.thidua.award.application.round;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.AwardViewStore;
import vn.thidua.award.application.CouncilLevels;
import vn.thidua.award.application.EligibleModelView;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.application.catalogue.CatalogueQueries;
import vn.thidua.award.domain.catalogue.AuthorityLevel;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.application.report.ProposalReports;
import vn.thidua.award.application.report.ReportUpload;
import vn.thidua.award.domain.round.AddRoundFormsCommand;
import vn.thidua.award.domain.round.AttachReportCommand;
import vn.thidua.award.domain.round.CloseRoundCommand;
import vn.thidua.award.domain.round.ProposalReport;
import vn.thidua.award.domain.round.DecideAwardsCommand;
import vn.thidua.award.domain.round.FormTerms;
import vn.thidua.award.domain.round.Nominee;
import vn.thidua.award.domain.round.OpenRoundCommand;
import vn.thidua.award.domain.round.ProposeAwardCommand;
import vn.thidua.award.domain.round.ReopenRoundCommand;
import vn.thidua.award.domain.round.Verdict;
import vn.thidua.award.domain.round.WithdrawProposalCommand;
import vn.thidua.award.domain.round.WithdrawalCause;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.time.VietnamTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.thidua.award.application.access.AwardAccess.DECIDERS;
import static vn.thidua.award.application.access.AwardAccess.ROUND_PROPOSERS;

/**
 * A council opens, closes, reopens and decides its rounds; the board and the units' officers propose within them
 * for nominees of their subtree. The role is checked before anything is looked up, the unit before any change.
 */
@Service
public class RoundCommands {

    private final CommandGateway commands;
    private final AwardViewStore views;
    private final CatalogueQueries catalogues;
    private final CouncilLevels councils;
    private final AccessGuard guard;
    private final ProposalReports reports;
    private final Clock clock;

    public RoundCommands(CommandGateway commands, AwardViewStore views, CatalogueQueries catalogues,
                         CouncilLevels councils, AccessGuard guard, ProposalReports reports, Clock clock) {
        this.reports = reports;
        this.commands = commands;
        this.views = views;
        this.catalogues = catalogues;
        this.councils = councils;
        this.guard = guard;
        this.clock = clock;
    }

    /** @return the new round's id */
    public String open(RoundInputs.NewRound round) {
        guard.requireRole(DECIDERS);
        guard.require(round.councilUnitId(), DECIDERS);
        AwardCatalogue catalogue = catalogues.current();
        List<FieldIssue> issues = new ArrayList<>();
        for (String code : round.formCodes() == null ? List.<String>of() : round.formCodes()) {
            if (catalogue.form(code).isEmpty()) issues.add(FieldIssue.of("formCodes", "unknown-form", code));
        }
        AuthorityLevel level = round.councilLevel() != null ? catalogue.level(round.councilLevel()).orElse(null)
                : councils.levelOf(round.councilUnitId(), catalogue).orElse(null);
        if (level == null) {
            issues.add(FieldIssue.of("councilLevel", "unknown-level", String.valueOf(round.councilLevel())));
        }
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        String roundId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenRoundCommand(roundId, round.name(), round.kind(), blankToNull(round.campaignId()),
                round.councilUnitId(), level.code(), level.rank(), round.proposalDeadline(), round.formCodes(),
                round.budget(), false));
        return roundId;
    }

    /** Refuses (403) anyone but a council member over the round's council unit: the decision page is theirs. */
    public void requireCouncil(String roundId) {
        guard.requireRole(DECIDERS);
        guard.require(round(roundId).councilUnitId(), DECIDERS);
    }

    public void close(String roundId) {
        guard.requireRole(DECIDERS);
        RoundView round = round(roundId);
        guard.require(round.councilUnitId(), DECIDERS);
        commands.sendAndWait(new CloseRoundCommand(roundId, VietnamTime.today(clock)));
    }

    public void reopen(String roundId, String reason, LocalDate proposalDeadline) {
        guard.requireRole(DECIDERS);
        RoundView round = round(roundId);
        guard.require(round.councilUnitId(), DECIDERS);
        commands.sendAndWait(new ReopenRoundCommand(roundId, reason, proposalDeadline, VietnamTime.today(clock)));
    }

    /** Lets the round give more forms of the catalogue. */
    public void addForms(String roundId, List<String> formCodes) {
        guard.requireRole(DECIDERS);
        RoundView round = round(roundId);
        guard.require(round.councilUnitId(), DECIDERS);
        AwardCatalogue catalogue = catalogues.current();
        List<FieldIssue> issues = new ArrayList<>();
        for (String code : formCodes == null ? List.<String>of() : formCodes) {
            if (code != null && !code.isBlank() && catalogue.form(code.strip()).isEmpty()) {
                issues.add(FieldIssue.of("formCodes", "unknown-form", code));
            }
        }
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        commands.sendAndWait(new AddRoundFormsCommand(roundId, formCodes));
    }

    /** @return the new proposal's id */
    public String propose(String roundId, RoundInputs.NewProposal proposal) {
        return propose(roundId, proposal, null, false);
    }

    /**
     * Proposes with the report attached (required: the pages ask for it with the proposal). The file is checked
     * after the caller's rights and before anything changes; its bytes are dropped again when the round refuses.
     *
     * @return the new proposal's id
     */
    public String propose(String roundId, RoundInputs.NewProposal proposal, ReportUpload report) {
        return propose(roundId, proposal, report, true);
    }

    private String propose(String roundId, RoundInputs.NewProposal proposal, ReportUpload report,
                           boolean reportRequired) {
        guard.requireRole(ROUND_PROPOSERS);
        RoundView round = round(roundId);
        Nominee nominee = nominee(proposal);
        guard.require(nominee.unitId(), ROUND_PROPOSERS);
        if (!guard.covers(round.councilUnitId(), nominee.unitId())) {
            throw new InvalidInput("nominee-outside-round", List.of(FieldIssue.of("unitId", "nominee-outside-round")));
        }
        AwardCatalogue catalogue = catalogues.current();
        AwardFormDefinition form = proposal.formCode() == null ? null : catalogue.form(proposal.formCode())
                .orElseThrow(() -> new InvalidInput(FieldIssue.of("formCode", "unknown-form", proposal.formCode())));
        ProposalReport stored = report != null || reportRequired ? reports.store(report) : null;
        try {
            return submit(round, nominee, form, catalogue, proposal.summary(), proposal.reportReference(), stored);
        } catch (RuntimeException refused) {
            reports.discard(stored);
            throw refused;
        }
    }

    /** Attaches a (new) report to a pending proposal, by one who may propose for its nominee. */
    public void attachReport(String proposalId, ReportUpload report) {
        guard.requireRole(ROUND_PROPOSERS);
        AwardProposalView proposal = views.proposal(proposalId)
                .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", proposalId));
        guard.require(proposal.unitId(), ROUND_PROPOSERS);
        if (proposal.roundId() == null || proposal.status() != AwardProposalView.ProposalStatus.PENDING) {
            throw new StateConflict("report-not-pending");
        }
        ProposalReport stored = reports.store(report);
        try {
            commands.sendAndWait(new AttachReportCommand(proposal.roundId(), proposalId, stored));
        } catch (RuntimeException refused) {
            reports.discard(stored);
            throw refused;
        }
    }

    /** Sends the proposal to the round, with the council above the round's that holds the form's level. */
    public String submit(RoundView round, Nominee nominee, AwardFormDefinition form, AwardCatalogue catalogue,
                         String summary, String reportReference, ProposalReport report) {
        FormTerms terms = form == null ? null : terms(form, catalogue);
        int roundRank = round.councilLevel() == null ? Integer.MAX_VALUE
                : catalogue.level(round.councilLevel()).map(AuthorityLevel::rank).orElse(0);
        String higher = terms != null && terms.levelRank() > roundRank
                ? councils.higherCouncil(round.councilUnitId(), terms.levelRank(), catalogue) : null;
        String proposalId = UUID.randomUUID().toString();
        String proposerUnit = CurrentCaller.get().map(c -> c.unitId()).orElse(null);
        commands.sendAndWait(new ProposeAwardCommand(round.roundId(), proposalId, nominee, terms, summary,
                reportReference, proposerUnit, VietnamTime.today(clock), higher, report));
        return proposalId;
    }

    public void withdraw(String proposalId, String reason) {
        guard.requireRole(ROUND_PROPOSERS);
        AwardProposalView proposal = views.proposal(proposalId)
                .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", proposalId));
        guard.require(proposal.unitId(), ROUND_PROPOSERS);
        if (proposal.roundId() == null) throw new StateConflict("proposal-not-pending");
        commands.sendAndWait(new WithdrawProposalCommand(proposal.roundId(), proposalId, reason,
                WithdrawalCause.PROPOSER));
    }

    /** One decision over the listed proposals; each needs the caller on its deciding council. */
    public void decide(String roundId, RoundInputs.Decision decision) {
        guard.requireRole(DECIDERS);
        RoundView round = round(roundId);
        guard.require(round.councilUnitId(), DECIDERS);
        List<Verdict> verdicts = decision.verdicts() == null ? List.of() : decision.verdicts();
        for (Verdict verdict : verdicts) {
            if (verdict == null || verdict.proposalId() == null) continue;
            AwardProposalView proposal = views.proposal(verdict.proposalId())
                    .filter(p -> roundId.equals(p.roundId()))
                    .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", verdict.proposalId()));
            String deciding = proposal.decidingUnitId();
            if (proposal.forwarded() && deciding != null) guard.require(deciding, DECIDERS);
        }
        commands.sendAndWait(new DecideAwardsCommand(roundId, decision.decisionNumber(), decision.decisionDate(),
                decision.signer(), verdicts));
    }

    private Nominee nominee(RoundInputs.NewProposal proposal) {
        RecipientKind recipient = proposal.recipientKind() != null ? proposal.recipientKind() : RecipientKind.COLLECTIVE;
        if (proposal.modelId() == null) {
            if (proposal.unitId() == null || proposal.unitId().isBlank()) {
                throw new InvalidInput(FieldIssue.of("unitId", "required"));
            }
            return new Nominee(proposal.recipientKind(), null, proposal.name(), proposal.position(), proposal.unitId());
        }
        EligibleModelView model = eligibleModel(proposal.modelId(), ROUND_PROPOSERS);
        return new Nominee(recipient, model.modelId(), blankToNull(proposal.name()), proposal.position(),
                model.unitId());
    }

    /**
     * The eligible model, once the caller may propose for its unit. No oracle: a model never heard of is refused
     * as one outside the caller's subtree (403); one of the subtree no longer eligible is {@code not-eligible}.
     */
    public EligibleModelView eligibleModel(String modelId, vn.thidua.platform.security.Role... proposers) {
        Optional<EligibleModelView> eligible = views.eligibleModel(modelId);
        if (eligible.isPresent()) return eligible.get();
        String unitId = views.closedModelUnit(modelId)
                .orElseThrow(() -> new NotFound("mô hình", "model", String.valueOf(modelId)));
        guard.require(unitId, proposers);
        throw new StateConflict("not-eligible", modelId);
    }

    private RoundView round(String roundId) {
        return views.round(roundId).orElseThrow(() -> new NotFound("đợt khen thưởng", "award round", roundId));
    }

    static FormTerms terms(AwardFormDefinition form, AwardCatalogue catalogue) {
        int rank = catalogue.level(form.level()).map(AuthorityLevel::rank).orElse(0);
        return new FormTerms(form.code(), form.kind(), form.level(), rank, form.recipients());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
