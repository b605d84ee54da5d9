package vn.thidua.reporting.application.history;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.domain.history.ModelAction;

import java.time.Instant;
import java.util.Optional;

/** Translates the published model events of the three topics into entries of the model's history. */
public final class HistoryEntries {

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
        String modelId;
        ModelAction action;
        String reason = null;
        String detail = null;
        if (event instanceof ModelRegistered e) {
            modelId = e.modelId();
            action = ModelAction.REGISTERED;
            detail = e.title();
        } else if (event instanceof ModelAmended e) {
            modelId = e.modelId();
            action = ModelAction.AMENDED;
            detail = e.title();
        } else if (event instanceof ModelContentConfirmed e) {
            modelId = e.modelId();
            action = ModelAction.CONTENT_CONFIRMED;
            detail = e.confirmedByUnitId();
        } else if (event instanceof ModelWithdrawn e) {
            modelId = e.modelId();
            action = ModelAction.WITHDRAWN;
            reason = e.reason();
        } else if (event instanceof DossierDocumentAttached e) {
            modelId = e.modelId();
            action = ModelAction.DOCUMENT_ATTACHED;
            detail = e.fileName();
        } else if (event instanceof DossierDocumentRemoved e) {
            modelId = e.modelId();
            action = ModelAction.DOCUMENT_REMOVED;
            detail = e.fileName();
        } else if (event instanceof ReviewOpened e) {
            modelId = e.modelId();
            action = ModelAction.REVIEW_OPENED;
        } else if (event instanceof ModelRecognized e) {
            modelId = e.modelId();
            action = ModelAction.RECOGNIZED;
            detail = e.recognizedByUnitId();
        } else if (event instanceof AwardProposed e) {
            modelId = e.modelId();
            action = ModelAction.AWARD_PROPOSED;
            reason = e.reason();
            detail = e.awardForm() == null ? null : e.awardForm().name();
        } else if (event instanceof AwardDecided e) {
            modelId = e.modelId();
            action = e.outcome() == AwardOutcome.APPROVED ? ModelAction.AWARD_APPROVED : ModelAction.AWARD_REJECTED;
            detail = e.decisionNumber();
        } else {
            return Optional.empty();
        }
        if (modelId == null || eventId == null) return Optional.empty();
        Actor actor = event.actor();
        Instant at = event.occurredAt() != null ? event.occurredAt() : fallbackTime;
        return Optional.of(new HistoryEntry(eventId, modelId, at != null ? at : Instant.EPOCH,
                actor == null ? null : actor.userId(), actor == null ? null : actor.unitId(), action, reason, detail,
                correlationId));
    }
}
