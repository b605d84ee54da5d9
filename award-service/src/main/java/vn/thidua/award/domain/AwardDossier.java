package vn.thidua.award.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

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
            throw new RuleViolation("award-form-required", "Cần chọn hình thức khen thưởng", "An award form is required",
                    List.of(new FieldIssue("awardForm", "là bắt buộc", "is required")));
        }
        boolean pendingSameForm = proposals.values().stream()
                .anyMatch(p -> p.form() == command.awardForm() && p.outcome() != AwardOutcome.REJECTED);
        if (pendingSameForm) {
            throw new RuleViolation("duplicate-proposal",
                    "Mô hình đã được đề nghị hoặc nhận hình thức khen thưởng này",
                    "The model already has a proposal or award of this form"); // a state conflict (409), not bad input
        }
        apply(new AwardProposedEvent(modelId, command.proposalId(), campaignId, unitId, command.awardForm(),
                command.reason()));
    }

    @CommandHandler
    public void handle(DecideAwardCommand command) {
        Proposal proposal = proposals.get(command.proposalId());
        if (proposal == null) throw new NotFound("đề nghị khen thưởng", "award proposal", command.proposalId());
        if (command.outcome() == null) {
            throw new RuleViolation("outcome-required", "Cần nêu kết quả quyết định", "The decision outcome is required",
                    List.of(new FieldIssue("outcome", "là bắt buộc", "is required")));
        }
        if (proposal.outcome() != null) {
            throw new RuleViolation("already-decided", "Đề nghị khen thưởng đã được quyết định",
                    "The award proposal has already been decided");
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
