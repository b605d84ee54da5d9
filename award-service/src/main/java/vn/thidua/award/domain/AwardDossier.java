package vn.thidua.award.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The award dossier of one recognised model: it exists only once the model was recognised, and closes when the
 * model is withdrawn or its recognition revoked. Proposals live in the rounds ({@code AwardRound}); dossiers of
 * older versions also hold the proposals made before rounds existed, which this aggregate no longer reads.
 */
@Aggregate
public class AwardDossier {

    @AggregateIdentifier
    private String modelId;
    private boolean closed;

    protected AwardDossier() {
    }

    @CommandHandler
    public AwardDossier(OpenAwardDossierCommand command) {
        apply(new AwardDossierOpenedEvent(command.modelId(), command.campaignId(), command.unitId(),
                command.reviewCaseId()));
    }

    /** Closing again changes nothing: the first reason stands. */
    @CommandHandler
    public void handle(CloseAwardDossierCommand command) {
        if (!closed) apply(new AwardDossierClosedEvent(modelId, command.reason(), command.cause()));
    }

    @EventSourcingHandler
    void on(AwardDossierOpenedEvent event) {
        modelId = event.modelId();
    }

    @EventSourcingHandler
    void on(AwardDossierClosedEvent event) {
        closed = true;
    }
}
