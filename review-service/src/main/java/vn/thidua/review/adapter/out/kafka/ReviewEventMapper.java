package vn.thidua.review.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.CriteriaAssessed;
import vn.thidua.contracts.CriterionAssessment;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelEffectivenessAssessed;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.RecognitionDeclined;
import vn.thidua.contracts.RecognitionRevoked;
import vn.thidua.contracts.ReviewClosed;
import vn.thidua.contracts.ReviewMeetingHeld;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.contracts.ReviewRoutedByHand;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.contracts.SurveyRecorded;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.review.domain.CaseRoutedByHandEvent;
import vn.thidua.review.domain.CriteriaAssessedEvent;
import vn.thidua.review.domain.EffectivenessAssessedEvent;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.RecognitionDeclinedEvent;
import vn.thidua.review.domain.RecognitionRevokedEvent;
import vn.thidua.review.domain.ReviewCaseClosedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;
import vn.thidua.review.domain.ReviewMeetingHeldEvent;
import vn.thidua.review.domain.SupplementReceivedEvent;
import vn.thidua.review.domain.SupplementRequestedEvent;
import vn.thidua.review.domain.SurveyRecordedEvent;

import java.time.Instant;
import java.util.Optional;

/** Review's internal events as the published language tells them; the rest (dossier notes) stay inside. */
@Component
public class ReviewEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        Actor actor = context.actor();
        Instant at = context.occurredAt();
        if (event instanceof ReviewCaseOpenedEvent e) {
            return Optional.of(new ReviewOpened(e.reviewCaseId(), e.modelId(), e.campaignId(),
                    e.unitId(), e.authorityUnitId(), e.routingRule(), e.routingReason(), actor, at));
        }
        if (event instanceof ModelRecognizedEvent e) {
            return Optional.of(new ModelRecognized(e.reviewCaseId(), e.modelId(), e.campaignId(),
                    e.unitId(), e.recognizedByUnitId(), e.decisionNumber(), e.decidedOn(), e.signer(), e.level(),
                    actor, at));
        }
        if (event instanceof CaseRoutedByHandEvent e) {
            return Optional.of(new ReviewRoutedByHand(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.authorityUnitId(), e.reason(), actor, at));
        }
        if (event instanceof SurveyRecordedEvent e) {
            return Optional.of(new SurveyRecorded(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.surveyedOn(), e.inspectors(), e.findings(), actor, at));
        }
        if (event instanceof CriteriaAssessedEvent e) {
            return Optional.of(new CriteriaAssessed(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.criteria().stream()
                    .map(c -> new CriterionAssessment(c.criterion(), c.met(), c.evidence())).toList(),
                    e.score(), e.maxScore(), actor, at));
        }
        if (event instanceof SupplementRequestedEvent e) {
            return Optional.of(new SupplementRequested(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.requestId(), e.request(), e.dueOn(), actor, at));
        }
        if (event instanceof SupplementReceivedEvent e) {
            return Optional.of(new SupplementReceived(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.requestId(), e.receivedAs(), e.documentId(),
                    e.receivedOn(), e.late(), actor, at));
        }
        if (event instanceof ReviewMeetingHeldEvent e) {
            return Optional.of(new ReviewMeetingHeld(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.heldOn(), e.chair(), e.membersPresent(),
                    e.membersTotal(), e.votesFor(), e.votesAgainst(), e.votesAbstaining(), e.quorumMet(), e.passed(),
                    e.conclusion(), actor, at));
        }
        if (event instanceof RecognitionDeclinedEvent e) {
            return Optional.of(new RecognitionDeclined(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.declinedByUnitId(), e.decidedOn(), e.reasons(), actor,
                    at));
        }
        if (event instanceof EffectivenessAssessedEvent e) {
            return Optional.of(new ModelEffectivenessAssessed(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.assessedByUnitId(), e.milestone().name(), e.year(),
                    e.verdict().name(), e.evidence(), e.assessedOn(), actor, at));
        }
        if (event instanceof RecognitionRevokedEvent e) {
            return Optional.of(new RecognitionRevoked(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.revokedByUnitId(), e.decidedOn(), e.decisionNumber(),
                    e.reasons(), actor, at));
        }
        if (event instanceof ReviewCaseClosedEvent e) {
            return Optional.of(new ReviewClosed(e.ref().reviewCaseId(), e.ref().modelId(),
                    e.ref().campaignId(), e.ref().unitId(), e.closedBecause(), e.reason(), actor, at));
        }
        return Optional.empty();
    }
}
