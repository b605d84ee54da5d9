package vn.thidua.award.domain.round;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.award.domain.catalogue.AwardMoney;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Đợt khen thưởng: a council's round with its forms, deadline and budget, and the proposals made within it. It
 * opens, closes for proposals (the council may reopen it with a reason) and is decided once closed with nothing
 * pending. Rules and their order are in the service README.
 */
@Aggregate
public class AwardRound {

    private enum Status { OPEN, CLOSED, DECIDED }

    private enum State { PENDING, APPROVED, REJECTED, WITHDRAWN }

    private record Proposal(String key, String formCode, AwardProposedEvent proposed, State state) {
        Proposal with(State next) {
            return new Proposal(key, formCode, proposed, next);
        }
    }

    @AggregateIdentifier
    private String roundId;
    private String campaignId;
    private String councilUnitId;
    private int councilRank;
    private LocalDate deadline;
    private List<String> formCodes;
    private Status status;
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();

    protected AwardRound() {
    }

    @CommandHandler
    public AwardRound(OpenRoundCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(command.name())) issues.add(FieldIssue.of("name", "required"));
        if (command.kind() == null) issues.add(FieldIssue.of("kind", "required"));
        if (blank(command.councilUnitId())) issues.add(FieldIssue.of("councilUnitId", "required"));
        if (!command.standing()) {
            if (command.proposalDeadline() == null) issues.add(FieldIssue.of("proposalDeadline", "required"));
            if (command.formCodes() == null || command.formCodes().isEmpty()) {
                issues.add(FieldIssue.of("formCodes", "required"));
            }
        }
        if (command.budget() != null && command.budget() < 0) issues.add(FieldIssue.of("budget", "amount-range"));
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        apply(new RoundOpenedEvent(command.roundId(), command.name().strip(), command.kind(), command.campaignId(),
                command.councilUnitId(), command.councilLevel(), command.councilRank(), command.proposalDeadline(),
                command.formCodes() == null ? null : List.copyOf(new LinkedHashSet<>(command.formCodes())),
                command.budget(), command.standing()));
    }

    @CommandHandler
    public void handle(CloseRoundCommand command) {
        if (status != Status.OPEN) throw new StateConflict("round-not-open");
        apply(new RoundClosedEvent(roundId, councilUnitId, command.on()));
        if (proposals.values().stream().noneMatch(p -> p.state() == State.PENDING) && !proposals.isEmpty()) {
            apply(new RoundDecidedEvent(roundId));
        }
    }

    @CommandHandler
    public void handle(ReopenRoundCommand command) {
        if (status != Status.CLOSED) throw new StateConflict("round-not-closed");
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(command.reason())) issues.add(FieldIssue.of("reason", "required"));
        if (command.proposalDeadline() == null) issues.add(FieldIssue.of("proposalDeadline", "required"));
        else if (command.proposalDeadline().isBefore(command.on())) {
            issues.add(FieldIssue.of("proposalDeadline", "deadline-in-past"));
        }
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        apply(new RoundReopenedEvent(roundId, command.reason().strip(), command.proposalDeadline()));
    }

    @CommandHandler
    public void handle(AddRoundFormsCommand command) {
        if (command.formCodes() == null || command.formCodes().stream().allMatch(AwardRound::blank)) {
            throw new InvalidInput(FieldIssue.of("formCodes", "required"));
        }
        if (status == Status.DECIDED) throw new StateConflict("round-decided");
        if (formCodes == null) return; // a standing round gives every form already
        List<String> added = command.formCodes().stream().filter(c -> !blank(c)).map(String::strip).distinct()
                .filter(c -> !formCodes.contains(c)).toList();
        if (!added.isEmpty()) apply(new RoundFormsAddedEvent(roundId, added));
    }

    @CommandHandler
    public void handle(AttachReportCommand command) {
        if (command.report() == null) throw new InvalidInput(FieldIssue.of("report", "required"));
        Proposal proposal = proposal(command.proposalId());
        if (proposal.state() != State.PENDING) throw new StateConflict("report-not-pending");
        apply(new ReportAttachedEvent(roundId, command.proposalId(), command.report()));
    }

    @CommandHandler
    public void handle(ProposeAwardCommand command) {
        Nominee nominee = command.nominee();
        FormTerms form = command.form();
        checkNominee(nominee, form);
        if (status != Status.OPEN) throw new StateConflict("round-closed");
        if (deadline != null && command.on().isAfter(deadline)) {
            throw new StateConflict("proposal-deadline-passed", deadline.toString());
        }
        if (formCodes != null && !formCodes.contains(form.code())) {
            throw new InvalidInput("form-not-in-round", List.of(FieldIssue.of("formCode", "form-not-in-round")),
                    form.code());
        }
        if (!form.recipients().contains(nominee.recipientKind())) {
            throw new InvalidInput("form-not-for-recipient",
                    List.of(FieldIssue.of("nominee.recipientKind", "form-not-for-recipient")), form.code());
        }
        String key = nominee.key();
        boolean taken = proposals.values().stream().anyMatch(p -> p.key().equals(key)
                && p.formCode().equals(form.code()) && (p.state() == State.PENDING || p.state() == State.APPROVED));
        if (taken) throw new StateConflict(key.startsWith("model:") ? "duplicate-proposal" : "duplicate-nominee");
        if (proposals.containsKey(command.proposalId())) throw new StateConflict("duplicate-proposal");
        apply(new AwardProposedEvent(nominee.modelId(), command.proposalId(), campaignId, nominee.unitId(), form.kind(),
                trimmed(command.summary()), roundId, nominee.recipientKind(), trimmed(nominee.name()),
                trimmed(nominee.position()), form.code(), trimmed(command.reportReference()), command.proposerUnitId(),
                command.on()));
        if (form.levelRank() > councilRank) {
            apply(new AwardForwardedEvent(roundId, command.proposalId(), nominee.modelId(), nominee.unitId(),
                    form.code(), councilUnitId, command.higherCouncilUnitId()));
        }
        if (command.report() != null) apply(new ReportAttachedEvent(roundId, command.proposalId(), command.report()));
    }

    @CommandHandler
    public void handle(WithdrawProposalCommand command) {
        Proposal proposal = proposal(command.proposalId());
        if (proposal.state() != State.PENDING) throw new StateConflict("proposal-not-pending");
        if (blank(command.reason())) {
            throw new InvalidInput(FieldIssue.of("reason", "required"));
        }
        withdraw(proposal, command.reason().strip(), command.cause());
    }

    @CommandHandler
    public void handle(CloseModelProposalsCommand command) {
        List.copyOf(proposals.values()).stream()
                .filter(p -> p.state() == State.PENDING && command.modelId().equals(p.proposed().modelId()))
                .forEach(p -> withdraw(p, command.reason(), command.cause()));
    }

    @CommandHandler
    public void handle(DecideAwardsCommand command, AwardMoneyTable money) {
        List<Verdict> verdicts = command.verdicts() == null ? List.of() : command.verdicts();
        List<FieldIssue> issues = new ArrayList<>();
        if (verdicts.isEmpty()) issues.add(FieldIssue.of("verdicts", "required"));
        if (command.decisionDate() == null) issues.add(FieldIssue.of("decisionDate", "required"));
        boolean approves = verdicts.stream().anyMatch(v -> v.outcome() == AwardOutcome.APPROVED);
        if (approves && blank(command.decisionNumber())) issues.add(FieldIssue.of("decisionNumber", "required"));
        if (approves && blank(command.signer())) issues.add(FieldIssue.of("signer", "required"));
        if (verdicts.stream().anyMatch(v -> v == null || v.outcome() == null)) {
            issues.add(FieldIssue.of("outcome", "required"));
        }
        Set<String> seen = new HashSet<>();
        if (verdicts.stream().filter(v -> v != null).anyMatch(v -> !seen.add(String.valueOf(v.proposalId())))) {
            issues.add(FieldIssue.of("verdicts", "duplicate-verdict"));
        }
        if (!issues.isEmpty()) {
            boolean onlyOutcome = issues.size() == 1 && issues.get(0).field().equals("outcome");
            throw onlyOutcome ? new InvalidInput("outcome-required", issues) : new InvalidInput(issues);
        }
        if (status == Status.DECIDED) throw new StateConflict("round-decided");
        for (Verdict verdict : verdicts) {
            Proposal proposal = proposal(verdict.proposalId());
            if (proposal.state() == State.WITHDRAWN) throw new StateConflict("proposal-withdrawn");
            if (proposal.state() != State.PENDING) throw new StateConflict("already-decided");
        }
        for (Verdict verdict : verdicts) {
            AwardProposedEvent p = proposals.get(verdict.proposalId()).proposed();
            Optional<AwardMoney> amount = verdict.outcome() == AwardOutcome.APPROVED && p.formCode() != null
                    ? money.money(p.formCode(), p.recipientKind(), command.decisionDate()) : Optional.empty();
            apply(new AwardDecidedEvent(p.modelId(), p.proposalId(), campaignId, p.unitId(), p.awardForm(),
                    verdict.outcome(), trimmed(command.decisionNumber()), roundId, p.recipientKind(), p.nomineeName(),
                    p.formCode(), trimmed(verdict.reason()), command.decisionDate(), trimmed(command.signer()),
                    amount.map(AwardMoney::coefficient).orElse(null), amount.map(AwardMoney::baseSalary).orElse(null),
                    amount.map(AwardMoney::amount).orElse(null)));
        }
        if (status == Status.CLOSED && proposals.values().stream().noneMatch(p -> p.state() == State.PENDING)) {
            apply(new RoundDecidedEvent(roundId));
        }
    }

    private void withdraw(Proposal proposal, String reason, WithdrawalCause cause) {
        apply(new ProposalWithdrawnEvent(roundId, proposal.proposed().proposalId(), proposal.proposed().modelId(),
                proposal.proposed().unitId(), reason, cause));
    }

    private Proposal proposal(String proposalId) {
        Proposal proposal = proposalId == null ? null : proposals.get(proposalId);
        if (proposal == null) throw new NotFound("đề nghị khen thưởng", "award proposal", String.valueOf(proposalId));
        return proposal;
    }

    private static void checkNominee(Nominee nominee, FormTerms form) {
        List<FieldIssue> issues = new ArrayList<>();
        if (nominee == null) {
            issues.add(FieldIssue.of("nominee", "required"));
        } else {
            if (nominee.recipientKind() == null) issues.add(FieldIssue.of("nominee.recipientKind", "required"));
            if (blank(nominee.unitId())) issues.add(FieldIssue.of("nominee.unitId", "required"));
            if (nominee.modelId() == null && blank(nominee.name())) issues.add(FieldIssue.of("nominee.name", "required"));
        }
        if (form == null) {
            throw new InvalidInput("award-form-required", List.of(FieldIssue.of("formCode", "required")));
        }
        if (!issues.isEmpty()) throw new InvalidInput(issues);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    @EventSourcingHandler
    void on(RoundOpenedEvent event) {
        roundId = event.roundId();
        campaignId = event.campaignId();
        councilUnitId = event.councilUnitId();
        councilRank = event.councilRank();
        deadline = event.proposalDeadline();
        formCodes = event.formCodes();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(RoundClosedEvent event) {
        status = Status.CLOSED;
    }

    @EventSourcingHandler
    void on(RoundReopenedEvent event) {
        status = Status.OPEN;
        deadline = event.proposalDeadline();
    }

    @EventSourcingHandler
    void on(RoundFormsAddedEvent event) {
        List<String> all = new ArrayList<>(formCodes);
        all.addAll(event.formCodes());
        formCodes = List.copyOf(all);
    }

    @EventSourcingHandler
    void on(RoundDecidedEvent event) {
        status = Status.DECIDED;
    }

    @EventSourcingHandler
    void on(AwardProposedEvent event) {
        Nominee nominee = new Nominee(event.recipientKind(), event.modelId(), event.nomineeName(), event.position(),
                event.unitId());
        proposals.put(event.proposalId(), new Proposal(nominee.key(), event.formCode(), event, State.PENDING));
    }

    @EventSourcingHandler
    void on(ProposalWithdrawnEvent event) {
        proposals.computeIfPresent(event.proposalId(), (id, p) -> p.with(State.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(AwardDecidedEvent event) {
        proposals.computeIfPresent(event.proposalId(), (id, p) ->
                p.with(event.outcome() == AwardOutcome.APPROVED ? State.APPROVED : State.REJECTED));
    }
}
