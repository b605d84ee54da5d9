package vn.thidua.award.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;
import vn.thidua.award.application.catalogue.CatalogueQueries;
import vn.thidua.award.application.round.RoundCommands;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.DecideAwardsCommand;
import vn.thidua.award.domain.round.Nominee;
import vn.thidua.award.domain.round.OpenRoundCommand;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.award.domain.round.Verdict;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.time.VietnamTime;

import java.time.Clock;
import java.util.List;

import static vn.thidua.award.application.access.AwardAccess.DECIDERS;
import static vn.thidua.award.application.access.AwardAccess.PROPOSERS;

/**
 * Đề nghị và quyết định khen thưởng for one recognised model, as before rounds: the board proposes a kind of form
 * for a model of its subtree, a council member over the model's unit decides. Both go to the campaign's standing
 * round (no deadline, every form of the catalogue, never forwarded); the form is the catalogue's first of the kind.
 */
@Service
public class AwardCommands {

    private final CommandGateway commands;
    private final AwardViewStore views;
    private final AccessGuard guard;
    private final CatalogueQueries catalogues;
    private final CouncilLevels councils;
    private final RoundCommands rounds;
    private final Clock clock;

    public AwardCommands(CommandGateway commands, AwardViewStore views, AccessGuard guard, CatalogueQueries catalogues,
                         CouncilLevels councils, RoundCommands rounds, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.guard = guard;
        this.catalogues = catalogues;
        this.councils = councils;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The id of a campaign's standing round. */
    public static String standingRoundId(String campaignId) {
        return "campaign-" + campaignId;
    }

    /** @return the new proposal's id */
    public String propose(String modelId, AwardForm kind, String reason) {
        guard.requireRole(PROPOSERS);
        EligibleModelView model = rounds.eligibleModel(modelId, PROPOSERS);
        guard.require(model.unitId(), PROPOSERS);
        if (kind == null) {
            throw new InvalidInput("award-form-required", List.of(FieldIssue.of("awardForm", "required")));
        }
        AwardCatalogue catalogue = catalogues.current();
        AwardFormDefinition form = catalogue.forms().stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new InvalidInput(FieldIssue.of("awardForm", "unknown-form", kind.name())));
        RoundView round = standingRound(model);
        // the model's collective, or whom else the form is for (a medal goes to a person)
        RecipientKind recipient = form.isFor(RecipientKind.COLLECTIVE) ? RecipientKind.COLLECTIVE
                : form.recipients().stream().sorted().findFirst().orElse(RecipientKind.COLLECTIVE);
        return rounds.submit(round, new Nominee(recipient, modelId, null, null, model.unitId()), form, catalogue,
                reason, null, null);
    }

    public void decide(String modelId, String proposalId, AwardOutcome outcome, String decisionNumber) {
        guard.requireRole(DECIDERS);
        EligibleModelView model = views.eligibleModel(modelId)
                .orElseThrow(() -> new NotFound("đề nghị khen thưởng", "award proposal", proposalId));
        guard.require(model.unitId(), DECIDERS);
        String signer = CurrentCaller.get().map(c -> c.userId()).orElse(null);
        try {
            commands.sendAndWait(new DecideAwardsCommand(standingRoundId(model.campaignId()), decisionNumber,
                    VietnamTime.today(clock), signer, List.of(new Verdict(proposalId, outcome, null))));
        } catch (AggregateNotFoundException e) {
            throw new NotFound("đề nghị khen thưởng", "award proposal", proposalId);
        }
    }

    /** The campaign's standing round, opened on its first proposal (its council: the root above the model). */
    private RoundView standingRound(EligibleModelView model) {
        String roundId = standingRoundId(model.campaignId());
        RoundView round = new RoundView(roundId, model.campaignId(), RoundKind.ANNUAL, model.campaignId(),
                councils.rootOf(model.unitId()), null, null, null, null, true, RoundView.RoundStatus.OPEN, null, null,
                null);
        if (views.round(roundId).isEmpty()) {
            try {
                commands.sendAndWait(new OpenRoundCommand(roundId, round.name(), round.kind(), round.campaignId(),
                        round.councilUnitId(), null, Integer.MAX_VALUE, null, null, null, true));
            } catch (AggregateStreamCreationException alreadyOpened) {
                // opened by a proposal a moment ago, not yet in the view
            }
        }
        return views.round(roundId).orElse(round);
    }
}
