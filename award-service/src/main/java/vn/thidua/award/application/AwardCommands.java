package vn.thidua.award.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;
import vn.thidua.award.domain.DecideAwardCommand;
import vn.thidua.award.domain.ProposeAwardCommand;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.security.AccessGuard;

import java.util.UUID;

import static vn.thidua.award.application.access.AwardAccess.DECIDERS;
import static vn.thidua.award.application.access.AwardAccess.PROPOSERS;

/**
 * Đề nghị và quyết định khen thưởng: the board (Ban Dân vận) proposes awards for recognised models of units within
 * its subtree; a council member decides them for models within the council's subtree. The role is checked before
 * anything is looked up, the model's unit before anything is changed.
 */
@Service
public class AwardCommands {

    private final CommandGateway commands;
    private final AwardViewStore views;
    private final AccessGuard guard;

    public AwardCommands(CommandGateway commands, AwardViewStore views, AccessGuard guard) {
        this.commands = commands;
        this.views = views;
        this.guard = guard;
    }

    /** @return the new proposal's id */
    public String propose(String modelId, AwardForm form, String reason) {
        guard.requireRole(PROPOSERS);
        EligibleModelView model = views.eligibleModel(modelId).orElseThrow(() -> notEligible(modelId));
        guard.require(model.unitId(), PROPOSERS);
        String proposalId = UUID.randomUUID().toString();
        try {
            commands.sendAndWait(new ProposeAwardCommand(modelId, proposalId, form, reason));
        } catch (AggregateNotFoundException e) {
            throw notEligible(modelId);
        }
        return proposalId;
    }

    public void decide(String modelId, String proposalId, AwardOutcome outcome, String decisionNumber) {
        guard.requireRole(DECIDERS);
        EligibleModelView model = views.eligibleModel(modelId)
                .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", proposalId));
        guard.require(model.unitId(), DECIDERS);
        commands.sendAndWait(new DecideAwardCommand(modelId, proposalId, outcome, decisionNumber));
    }

    private static StateConflict notEligible(String modelId) {
        return new StateConflict("not-eligible", modelId);
    }
}
