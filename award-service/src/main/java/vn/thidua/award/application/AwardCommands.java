package vn.thidua.award.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.thidua.award.domain.DecideAwardCommand;
import vn.thidua.award.domain.ProposeAwardCommand;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.security.AccessGuard;

import java.util.UUID;

import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.COUNCIL_MEMBER;

/**
 * Đề nghị và quyết định khen thưởng: the board (Ban Dân vận) proposes awards for recognised models of units within
 * its subtree; a council member decides them for models within the council's subtree. The role is checked before
 * anything is looked up, the model's unit before anything is changed.
 */
@Service
public class AwardCommands {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final AccessGuard guard;

    public AwardCommands(CommandGateway commands, MongoTemplate mongo, AccessGuard guard) {
        this.commands = commands;
        this.mongo = mongo;
        this.guard = guard;
    }

    /** @return the new proposal's id */
    public String propose(String modelId, AwardForm form, String reason) {
        guard.requireRole(BOARD_OFFICER);
        EligibleModelView model = mongo.findById(modelId, EligibleModelView.class);
        if (model == null) throw notEligible(modelId);
        guard.require(model.unitId(), BOARD_OFFICER);
        String proposalId = UUID.randomUUID().toString();
        try {
            commands.sendAndWait(new ProposeAwardCommand(modelId, proposalId, form, reason));
        } catch (AggregateNotFoundException e) {
            throw notEligible(modelId);
        }
        return proposalId;
    }

    public void decide(String modelId, String proposalId, AwardOutcome outcome, String decisionNumber) {
        guard.requireRole(COUNCIL_MEMBER);
        EligibleModelView model = mongo.findById(modelId, EligibleModelView.class);
        if (model == null) throw new NotFound("đề nghị khen thưởng", "award proposal", proposalId);
        guard.require(model.unitId(), COUNCIL_MEMBER);
        commands.sendAndWait(new DecideAwardCommand(modelId, proposalId, outcome, decisionNumber));
    }

    private static RuleViolation notEligible(String modelId) {
        return new RuleViolation("not-eligible",
                "Mô hình " + modelId + " chưa được công nhận điển hình nên chưa thể đề nghị khen thưởng",
                "Model " + modelId + " has not been recognised, so it cannot be proposed for an award");
    }
}
