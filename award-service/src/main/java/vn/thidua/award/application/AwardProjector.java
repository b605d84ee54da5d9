package vn.thidua.award.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.AwardProposedEvent;

import java.time.Instant;

/** Keeps the eligible models and award proposals from the dossiers' events. */
@Component
@ProcessingGroup("award-views")
public class AwardProjector {

    private final AwardViewStore views;

    public AwardProjector(AwardViewStore views) {
        this.views = views;
    }

    @EventHandler
    void on(AwardDossierOpenedEvent event, @Timestamp Instant at) {
        views.save(new EligibleModelView(event.modelId(), event.campaignId(), event.unitId(), event.reviewCaseId(), at));
    }

    @EventHandler
    void on(AwardProposedEvent event, @Timestamp Instant at) {
        views.save(new AwardProposalView(event.proposalId(), event.modelId(), event.campaignId(), event.unitId(),
                event.awardForm(), event.reason(), at, null, null, null));
    }

    @EventHandler
    void on(AwardDecidedEvent event, @Timestamp Instant at) {
        views.decided(event.proposalId(), event.outcome(), event.decisionNumber(), at);
    }
}
