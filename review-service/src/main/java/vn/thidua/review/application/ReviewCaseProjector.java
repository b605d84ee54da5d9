package vn.thidua.review.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.thidua.review.domain.AuthorityDocumentKind;
import vn.thidua.review.domain.AuthorityDocumentRecordedEvent;
import vn.thidua.review.domain.CaseContentConfirmedEvent;
import vn.thidua.review.domain.CaseModelAmendedEvent;
import vn.thidua.review.domain.CaseRef;
import vn.thidua.review.domain.EffectivenessAssessedEvent;
import vn.thidua.review.domain.CaseRoutedByHandEvent;
import vn.thidua.review.domain.CaseStatus;
import vn.thidua.review.domain.CriteriaAssessedEvent;
import vn.thidua.review.domain.DossierDocumentDroppedEvent;
import vn.thidua.review.domain.DossierDocumentNotedEvent;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.RecognitionDeclinedEvent;
import vn.thidua.review.domain.RecognitionDossier;
import vn.thidua.review.domain.RecognitionRevokedEvent;
import vn.thidua.review.domain.ReviewCaseClosedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;
import vn.thidua.review.domain.ReviewMeetingHeldEvent;
import vn.thidua.review.domain.SupplementReceivedEvent;
import vn.thidua.review.domain.SupplementRequestedEvent;
import vn.thidua.review.domain.SurveyRecordedEvent;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Keeps the review-case views from the aggregate's events. */
@Component
@ProcessingGroup("review-case-views")
public class ReviewCaseProjector {

    private final ReviewCaseStore cases;

    public ReviewCaseProjector(ReviewCaseStore cases) {
        this.cases = cases;
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event, @Timestamp Instant at) {
        boolean routed = event.authorityUnitId() != null || (event.title() == null && event.routingReason() == null);
        ReviewCaseView view = new ReviewCaseView(event.reviewCaseId(), event.modelId(), event.campaignId(),
                event.unitId(), routed ? ReviewCaseView.OPEN : ReviewCaseView.NEEDS_ROUTING, at);
        view.setTitle(event.title());
        view.setField(event.field());
        view.setRegistrantKind(event.registrantKind());
        view.setContentAwaitsConfirmation(event.contentConfirmationRequired());
        view.setAuthorityUnitId(event.authorityUnitId());
        view.setRoutingRule(event.routingRule());
        view.setRoutingReason(event.routingReason());
        view.setUpdatedAt(at);
        missing(view);
        cases.save(view);
    }

    @EventHandler
    void on(CaseRoutedByHandEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> {
            view.setAuthorityUnitId(event.authorityUnitId());
            view.setRoutingRule(null);
            view.setRoutingReason(event.reason());
            view.setRoutedByHand(true);
            view.setStatus(CaseStatus.OPEN.name());
        });
    }

    @EventHandler
    void on(ReviewCaseClosedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> {
            view.setStatus(CaseStatus.CLOSED.name());
            view.setClosedBecause(event.closedBecause());
        });
    }

    @EventHandler
    void on(CaseModelAmendedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> {
            view.setTitle(event.title());
            view.setField(event.field());
            view.setContentAwaitsConfirmation(event.contentConfirmationRequired());
        });
    }

    @EventHandler
    void on(CaseContentConfirmedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.setContentAwaitsConfirmation(false));
    }

    @EventHandler
    void on(DossierDocumentNotedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.getDossier().add(
                new ReviewCaseView.Document(event.documentId(), event.kind(), event.fileName())));
    }

    @EventHandler
    void on(DossierDocumentDroppedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.getDossier().removeIf(d -> d.documentId().equals(event.documentId())));
    }

    @EventHandler
    void on(SurveyRecordedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.getSurveys().add(
                new ReviewCaseView.Survey(event.surveyedOn(), event.inspectors(), event.findings())));
    }

    @EventHandler
    void on(CriteriaAssessedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.setCriteria(new ReviewCaseView.Criteria(event.criteria().stream()
                .map(c -> new ReviewCaseView.Criterion(c.criterion().name(), c.met(), c.evidence())).toList(),
                event.score(), event.maxScore())));
    }

    @EventHandler
    void on(SupplementRequestedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.getSupplements().add(new ReviewCaseView.Supplement(event.requestId(),
                event.request(), event.dueOn(), null, null, false)));
    }

    @EventHandler
    void on(SupplementReceivedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.getSupplements().replaceAll(s -> s.requestId().equals(event.requestId())
                ? new ReviewCaseView.Supplement(s.requestId(), s.request(), s.dueOn(), event.receivedOn(),
                        event.receivedAs(), event.late())
                : s));
    }

    @EventHandler
    void on(AuthorityDocumentRecordedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.getAuthorityDocuments().add(new ReviewCaseView.AuthorityDocument(
                event.kind().name(), event.reference(), event.issuedOn(),
                event.file() == null ? null : event.file().documentId(),
                event.file() == null ? null : event.file().fileName(),
                event.file() == null ? null : event.file().mediaType(),
                event.file() == null ? 0 : event.file().sizeBytes())));
    }

    @EventHandler
    void on(ReviewMeetingHeldEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.setMeeting(new ReviewCaseView.Meeting(event.heldOn(), event.chair(),
                event.membersPresent(), event.membersTotal(), event.votesFor(), event.votesAgainst(),
                event.votesAbstaining(), event.quorumMet(), event.passed(), event.conclusion())));
    }

    @EventHandler
    void on(ModelRecognizedEvent event, @Timestamp Instant at) {
        update(new CaseRef(event.reviewCaseId(), event.modelId(), event.campaignId(), event.unitId()), at, view -> {
            view.setStatus(ReviewCaseView.RECOGNIZED);
            view.setRecognizedByUnitId(event.recognizedByUnitId());
            view.setRecognizedAt(at);
            view.setDecision(new ReviewCaseView.Decision(CaseStatus.RECOGNIZED.name(), event.decisionNumber(),
                    event.decidedOn(), event.signer(), event.level(), event.recognizedByUnitId(), List.of()));
        });
    }

    @EventHandler
    void on(RecognitionDeclinedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> {
            view.setStatus(CaseStatus.DECLINED.name());
            view.setDecision(new ReviewCaseView.Decision(CaseStatus.DECLINED.name(), null, event.decidedOn(), null,
                    null, event.declinedByUnitId(), event.reasons()));
        });
    }

    @EventHandler
    void on(RecognitionRevokedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> {
            view.setStatus(CaseStatus.REVOKED.name());
            view.setDecision(new ReviewCaseView.Decision(CaseStatus.REVOKED.name(), event.decisionNumber(),
                    event.decidedOn(), null, null, event.revokedByUnitId(), event.reasons()));
        });
    }

    @EventHandler
    void on(EffectivenessAssessedEvent event, @Timestamp Instant at) {
        update(event.ref(), at, view -> view.assessed(new ReviewCaseView.Effectiveness(event.milestone().name(),
                event.year(), event.verdict().name(), event.evidence(), event.assessedOn(), event.assessedByUnitId())));
    }

    private void update(CaseRef ref, Instant at, Consumer<ReviewCaseView> change) {
        cases.find(ref.reviewCaseId()).ifPresent(view -> {
            change.accept(view);
            view.setUpdatedAt(at);
            missing(view);
            cases.save(view);
        });
    }

    private static void missing(ReviewCaseView view) {
        Set<AuthorityDocumentKind> authority = EnumSet.noneOf(AuthorityDocumentKind.class);
        view.getAuthorityDocuments().stream().filter(d -> d.documentId() != null)
                .forEach(d -> authority.add(AuthorityDocumentKind.valueOf(d.kind())));
        view.setMissing(RecognitionDossier.missing(view.getDossier().stream().map(ReviewCaseView.Document::kind)
                .toList(), authority, "COMPREHENSIVE".equals(view.getField()), view.getCriteria() != null));
    }
}
