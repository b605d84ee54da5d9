package vn.thidua.reporting.application.history;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForwarded;
import vn.thidua.contracts.AwardProposalWithdrawn;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.CriteriaAssessed;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.RecognitionDeclined;
import vn.thidua.contracts.ModelEffectivenessAssessed;
import vn.thidua.contracts.RecognitionRevoked;
import vn.thidua.contracts.ReviewClosed;
import vn.thidua.contracts.ReviewMeetingHeld;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.contracts.ReviewRoutedByHand;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.contracts.SurveyRecorded;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.domain.history.ModelAction;

import java.time.Instant;
import java.util.Optional;

import static vn.thidua.reporting.domain.history.ModelAction.*;

/** Translates the published model events of the three topics into entries of the model's history. */
public final class HistoryEntries {

    /** The model id of an award event about a nominee without a model. */
    private static final String NO_MODEL = "none";

    private HistoryEntries() {
    }

    /**
     * @param eventId       the CloudEvents id ({@code ce_id}): one entry per id
     * @param correlationId the CloudEvents {@code correlationid} extension, may be null
     * @param fallbackTime  the record's {@code ce_time}, when the event lacks its own time
     * @return empty for an event not about a model (campaigns, units)
     */
    public static Optional<HistoryEntry> of(String eventId, IntegrationEvent event, String correlationId,
                                            Instant fallbackTime) {
        What what = what(event);
        if (what == null || what.modelId() == null || NO_MODEL.equals(what.modelId()) || eventId == null) {
            return Optional.empty();
        }
        Actor actor = event.actor();
        Instant at = event.occurredAt() != null ? event.occurredAt() : fallbackTime;
        return Optional.of(new HistoryEntry(eventId, what.modelId(), at != null ? at : Instant.EPOCH,
                actor == null ? null : actor.userId(), actor == null ? null : actor.unitId(), what.action(),
                what.reason(), what.detail(), correlationId));
    }

    /** What the event tells about its model, or {@code null} for an event not about a model. */
    private record What(String modelId, ModelAction action, String reason, String detail) {
    }

    private static What what(IntegrationEvent event) {
        if (event instanceof ModelRegistered e) return new What(e.modelId(), REGISTERED, null, e.title());
        if (event instanceof ModelAmended e) return new What(e.modelId(), AMENDED, null, e.title());
        if (event instanceof ModelContentConfirmed e) {
            return new What(e.modelId(), CONTENT_CONFIRMED, null, e.confirmedByUnitId());
        }
        if (event instanceof ModelWithdrawn e) return new What(e.modelId(), WITHDRAWN, e.reason(), null);
        if (event instanceof DossierDocumentAttached e) {
            return new What(e.modelId(), DOCUMENT_ATTACHED, null, e.fileName());
        }
        if (event instanceof DossierDocumentRemoved e) {
            return new What(e.modelId(), DOCUMENT_REMOVED, null, e.fileName());
        }
        if (event instanceof ReviewOpened e) return new What(e.modelId(), REVIEW_OPENED, null, null);
        if (event instanceof ModelRecognized e) {
            return new What(e.modelId(), RECOGNIZED, null,
                    e.decisionNumber() == null ? e.recognizedByUnitId() : e.decisionNumber());
        }
        if (event instanceof ReviewRoutedByHand e) {
            return new What(e.modelId(), ROUTED_BY_HAND, e.reason(), e.authorityUnitId());
        }
        if (event instanceof SurveyRecorded e) return new What(e.modelId(), SURVEYED, null, e.findings());
        if (event instanceof CriteriaAssessed e) {
            return new What(e.modelId(), CRITERIA_ASSESSED, null, e.score() + "/" + e.maxScore());
        }
        if (event instanceof SupplementRequested e) {
            return new What(e.modelId(), SUPPLEMENT_REQUESTED, e.request(), String.valueOf(e.dueOn()));
        }
        if (event instanceof SupplementReceived e) {
            return new What(e.modelId(), SUPPLEMENT_RECEIVED, null, String.valueOf(e.receivedOn()));
        }
        if (event instanceof ReviewMeetingHeld e) {
            return new What(e.modelId(), REVIEW_MEETING_HELD, null, e.conclusion());
        }
        if (event instanceof RecognitionDeclined e) {
            return new What(e.modelId(), RECOGNITION_DECLINED, String.join("; ", e.reasons()), null);
        }
        if (event instanceof ModelEffectivenessAssessed e) {
            return new What(e.modelId(), EFFECTIVENESS_ASSESSED, e.evidence(),
                    e.milestone() + " " + e.year() + ": " + e.verdict());
        }
        if (event instanceof RecognitionRevoked e) {
            return new What(e.modelId(), RECOGNITION_REVOKED, String.join("; ", e.reasons()), e.decisionNumber());
        }
        if (event instanceof ReviewClosed e) return new What(e.modelId(), REVIEW_CLOSED, e.reason(), e.closedBecause());
        if (event instanceof AwardProposed e) {
            String form = e.formCode() != null ? e.formCode() : e.awardForm() == null ? null : e.awardForm().name();
            return new What(e.modelId(), AWARD_PROPOSED, e.reason(), form);
        }
        if (event instanceof AwardDecided e) {
            return new What(e.modelId(), e.outcome() == AwardOutcome.APPROVED ? AWARD_APPROVED : AWARD_REJECTED,
                    e.reason(), e.decisionNumber());
        }
        // award rounds: a proposal forwarded to the higher council, a proposal withdrawn
        if (event instanceof AwardForwarded e) return new What(e.modelId(), AWARD_FORWARDED, null, e.toCouncilUnitId());
        if (event instanceof AwardProposalWithdrawn e) {
            return new What(e.modelId(), AWARD_WITHDRAWN, e.reason(), e.cause() == null ? null : e.cause().name());
        }
        return null;
    }
}
