package vn.thidua.registration.application.model;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.registration.application.model.ModelView.HistoryEntry;
import vn.thidua.registration.application.model.ModelView.SupplementRequest;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.model.ModelAmendedEvent;
import vn.thidua.registration.domain.model.ModelContentConfirmedEvent;
import vn.thidua.registration.domain.model.ModelLockedEvent;
import vn.thidua.registration.domain.model.ModelRegisteredEvent;
import vn.thidua.registration.domain.model.ModelWithdrawnEvent;
import vn.thidua.registration.domain.model.SupplementAnsweredEvent;
import vn.thidua.registration.domain.model.SupplementRequestedEvent;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the models view. Replay-safe: registration rewrites the view, and every later event applies only while
 * the view's {@code version} is below the event's sequence number, so a re-delivered event neither repeats a
 * history line nor undoes a later change. A model's events arrive in order, one at a time.
 */
@Component
@ProcessingGroup("model-views")
public class ModelViewProjector {

    private final ModelViewStore views;

    public ModelViewProjector(ModelViewStore views) {
        this.views = views;
    }

    @EventHandler
    void on(ModelRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        views.save(new ModelView(e.modelId(), e.campaignId(), e.unitId(), e.managingUnitId(), e.registrantKind(),
                e.individual(), e.novelty(), e.title(), VietnameseText.fold(e.title()), e.field(), e.content(),
                e.method(), e.expectedResults(), e.startDate(), e.late(), e.replicaOf(),
                e.contentConfirmationRequired(), null, false, ModelView.REGISTERED, null, at, userId, sequence,
                List.of(new HistoryEntry(at, HistoryEntry.REGISTERED, userId, unitId, null)), null));
    }

    @EventHandler
    void on(ModelAmendedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        change(e.modelId(), sequence, new HistoryEntry(at, HistoryEntry.AMENDED, userId, unitId, e.reason()),
                view -> view.withContent(e.title(), VietnameseText.fold(e.title()), e.field(), e.content(),
                                e.method(), e.expectedResults(), e.startDate())
                        .withState(e.contentConfirmationRequired(),
                                e.contentConfirmationRequired() ? null : view.contentConfirmedBy(), view.locked(),
                                view.status(), view.withdrawalReason()));
    }

    @EventHandler
    void on(ModelContentConfirmedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        change(e.modelId(), sequence, new HistoryEntry(at, HistoryEntry.CONTENT_CONFIRMED, userId, unitId, null),
                view -> view.withState(false, e.confirmedByUnitId(), view.locked(), view.status(),
                        view.withdrawalReason()));
    }

    @EventHandler
    void on(ModelLockedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId) {
        // a withdrawn model stays withdrawn: only a registered one becomes recognised
        change(e.modelId(), sequence, new HistoryEntry(at, HistoryEntry.RECOGNIZED, userId, e.recognizedByUnitId(),
                null), view -> view.withState(view.contentConfirmationRequired(), view.contentConfirmedBy(), true,
                ModelView.REGISTERED.equals(view.status()) ? ModelView.RECOGNIZED : view.status(),
                view.withdrawalReason()));
    }

    @EventHandler
    void on(SupplementRequestedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId) {
        // the request opens the registration again (it was locked only if already recognised)
        change(e.modelId(), sequence, new HistoryEntry(at, HistoryEntry.SUPPLEMENT_REQUESTED, userId,
                e.requestedByUnitId(), e.request()), view -> view.withSupplementRequest(new SupplementRequest(
                        e.reviewCaseId(), e.requestId(), e.request(), e.dueOn(), at, null, false))
                .withState(view.contentConfirmationRequired(), view.contentConfirmedBy(), false, view.status(),
                        view.withdrawalReason()));
    }

    @EventHandler
    void on(SupplementAnsweredEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId) {
        change(e.modelId(), sequence, new HistoryEntry(at, HistoryEntry.SUPPLEMENT_ANSWERED, userId, null, null),
                view -> view.supplementRequest() == null ? view : view.withSupplementRequest(
                        new SupplementRequest(view.supplementRequest().reviewCaseId(), e.requestId(),
                                view.supplementRequest().request(), view.supplementRequest().dueOn(),
                                view.supplementRequest().requestedAt(), e.answeredOn(), e.late())));
    }

    @EventHandler
    void on(ModelWithdrawnEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        change(e.modelId(), sequence, new HistoryEntry(at, HistoryEntry.WITHDRAWN, userId, unitId, e.reason()),
                view -> view.withState(view.contentConfirmationRequired(), view.contentConfirmedBy(), view.locked(),
                        ModelView.WITHDRAWN, e.reason()));
    }

    private void change(String modelId, long sequence, HistoryEntry entry, UnaryOperator<ModelView> change) {
        views.find(modelId).filter(view -> view.version() < sequence)
                .map(view -> change.apply(view).after(sequence, entry)).ifPresent(views::save);
    }
}
