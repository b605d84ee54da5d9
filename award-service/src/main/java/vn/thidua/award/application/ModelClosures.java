package vn.thidua.award.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;
import vn.thidua.award.application.AwardProposalView.ProposalStatus;
import vn.thidua.award.application.AwardViewStore.ProposalCriteria;
import vn.thidua.award.domain.CloseAwardDossierCommand;
import vn.thidua.award.domain.round.CloseModelProposalsCommand;
import vn.thidua.award.domain.round.WithdrawalCause;

import java.util.Objects;

/**
 * A model was withdrawn or its recognition revoked: it can no longer be proposed, and its pending proposals close
 * with the reason, round by round. Doing it again changes nothing.
 */
@Service
public class ModelClosures {

    private static final int LIMIT = 10_000;

    private final CommandGateway commands;
    private final AwardViewStore views;

    public ModelClosures(CommandGateway commands, AwardViewStore views) {
        this.commands = commands;
        this.views = views;
    }

    public void closed(String modelId, String reason, WithdrawalCause cause) {
        if (modelId == null) return;
        try {
            commands.sendAndWait(new CloseAwardDossierCommand(modelId, reason, cause));
        } catch (AggregateNotFoundException neverRecognised) {
            return;
        }
        views.proposals(new ProposalCriteria(null, modelId, null, ProposalStatus.PENDING), unit -> true, LIMIT).stream()
                .map(AwardProposalView::roundId).filter(Objects::nonNull).distinct()
                .forEach(roundId -> commands.sendAndWait(new CloseModelProposalsCommand(roundId, modelId, reason, cause)));
    }
}
