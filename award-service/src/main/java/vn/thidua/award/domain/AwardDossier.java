package vn.thidua.award.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The award dossier of one recognised model: it exists only once the model was recognised, so proposing an
 * award for a model that was not recognised fails on a missing dossier. Holds the model's proposals.
 */
@Aggregate
public class AwardDossier {

    @AggregateIdentifier
    private String modelId;
    private String campaignId;
    private String unitId;
    private final Map<String, Proposal> proposals = new HashMap<>();

    private record Proposal(AwardForm form, AwardOutcome outcome) {
    }

    protected AwardDossier() {
    }

    @CommandHandler
    public AwardDossier(OpenAwardDossierCommand command) {
        apply(new AwardDossierOpenedEvent(command.modelId(), command.campaignId(), command.unitId(),
                command.reviewCaseId()));
    }

    @CommandHandler
    public void handle(ProposeAwardCommand command) {
        if (command.awardForm() == null) {
            throw new InvalidInput("award-form-required", List.of(FieldIssue.of("awardForm", "required")));
        }
        boolean pendingSameForm = proposals.values().stream()
                .anyMatch(p -> p.form() == command.awardForm() && p.outcome() != AwardOutcome.REJECTED);
        if (pendingSameForm) {
            throw new StateConflict("duplicate-proposal");
        }
        apply(new AwardProposedEvent(modelId, command.proposalId(), campaignId, unitId, command.awardForm(),
                command.reason()));
    }

    @CommandHandler
    public void handle(DecideAwardCommand command) {
        Proposal proposal = proposals.get(command.proposalId());
        if (proposal == null) throw new NotFound("đề nghị khen thưởng", "award proposal", command.proposalId());
        if (command.outcome() == null) {
            throw new InvalidInput("outcome-required", List.of(FieldIssue.of("outcome", "required")));
        }
        if (proposal.outcome() != null) {
            throw new StateConflict("already-decided");
        }
        apply(new AwardDecidedEvent(modelId, command.proposalId(), campaignId, unitId, proposal.form(),
                command.outcome(), command.decisionNumber()));
    }

    @EventSourcingHandler
    void on(AwardDossierOpenedEvent event) {
        modelId = event.modelId();
        campaignId = event.campaignId();
        unitId = event.unitId();
    }

    @EventSourcingHandler
    void on(AwardProposedEvent event) {
        proposals.put(event.proposalId(), new Proposal(event.awardForm(), null));
    }

    @EventSourcingHandler
    void on(AwardDecidedEvent event) {
        proposals.put(event.proposalId(), new Proposal(event.awardForm(), event.outcome()));
    }
}
