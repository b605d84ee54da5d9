package vn.thidua.award.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardDossierClosedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.award.domain.round.AwardForwardedEvent;
import vn.thidua.award.domain.round.ProposalWithdrawnEvent;
import vn.thidua.award.domain.round.ReportAttachedEvent;
import vn.thidua.award.domain.round.RoundFormsAddedEvent;
import vn.thidua.award.application.RoundView.Change;
import vn.thidua.award.domain.round.RoundClosedEvent;
import vn.thidua.award.domain.round.RoundDecidedEvent;
import vn.thidua.award.domain.round.RoundOpenedEvent;
import vn.thidua.award.domain.round.RoundReopenedEvent;

import java.time.Instant;
import java.util.List;

import static vn.thidua.award.application.RoundView.RoundStatus.CLOSED;
import static vn.thidua.award.application.RoundView.RoundStatus.DECIDED;
import static vn.thidua.award.application.RoundView.RoundStatus.OPEN;

/** Keeps the eligible models, the rounds and the award proposals from the dossiers' and rounds' events. */
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
    void on(AwardDossierClosedEvent event) {
        views.removeEligibleModel(event.modelId());
    }

    @EventHandler
    void on(RoundOpenedEvent e, @Timestamp Instant at) {
        views.save(new RoundView(e.roundId(), e.name(), e.kind(), e.campaignId(), e.councilUnitId(), e.councilLevel(),
                e.proposalDeadline(), e.formCodes(), e.budget(), e.standing(), OPEN, at, null,
                List.of(new RoundView.Entry(Change.OPENED, at, null))));
    }

    @EventHandler
    void on(RoundClosedEvent e, @Timestamp Instant at) {
        views.round(e.roundId()).ifPresent(r -> views.save(r.with(CLOSED, r.proposalDeadline(), r.reopenReason())
                .logged(Change.CLOSED, at, null)));
    }

    @EventHandler
    void on(RoundReopenedEvent e, @Timestamp Instant at) {
        views.round(e.roundId()).ifPresent(r -> views.save(r.with(OPEN, e.proposalDeadline(), e.reason())
                .logged(Change.REOPENED, at, e.reason())));
    }

    @EventHandler
    void on(RoundFormsAddedEvent e, @Timestamp Instant at) {
        views.round(e.roundId()).ifPresent(r -> views.save(r.withForms(e.formCodes())
                .logged(Change.FORMS_ADDED, at, String.join(", ", e.formCodes()))));
    }

    @EventHandler
    void on(RoundDecidedEvent e, @Timestamp Instant at) {
        views.round(e.roundId()).ifPresent(r -> views.save(r.with(DECIDED, r.proposalDeadline(), r.reopenReason())
                .logged(Change.DECIDED, at, null)));
    }

    @EventHandler
    void on(AwardProposedEvent e, @Timestamp Instant at) {
        views.save(AwardProposalView.proposed(e.proposalId(), e.modelId(), e.campaignId(), e.unitId(), e.awardForm(),
                e.reason(), at, e.roundId(), e.recipientKind(), e.nomineeName(), e.position(), e.formCode(),
                e.reportReference(), e.proposerUnitId()));
    }

    @EventHandler
    void on(AwardForwardedEvent e) {
        views.proposal(e.proposalId()).ifPresent(p -> views.save(p.forwardedTo(e.fromUnitId(), e.toUnitId())));
    }

    @EventHandler
    void on(ReportAttachedEvent e) {
        views.proposal(e.proposalId()).ifPresent(p -> views.save(p.withReport(e.report())));
    }

    @EventHandler
    void on(ProposalWithdrawnEvent e) {
        views.proposal(e.proposalId()).ifPresent(p -> views.save(p.withdrawn(e.reason())));
    }

    @EventHandler
    void on(AwardDecidedEvent e, @Timestamp Instant at) {
        views.proposal(e.proposalId()).ifPresent(p -> views.save(p.decided(e.outcome(), e.decisionNumber(), at,
                e.decisionDate(), e.signer(), e.reason(), e.coefficient(), e.baseSalary(), e.amount())));
    }
}
