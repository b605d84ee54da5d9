package vn.thidua.registration.application.model;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.registration.application.model.ModelView.HistoryEntry;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.model.ModelAmendedEvent;
import vn.thidua.registration.domain.model.ModelContentConfirmedEvent;
import vn.thidua.registration.domain.model.ModelLockedEvent;
import vn.thidua.registration.domain.model.ModelRegisteredEvent;
import vn.thidua.registration.domain.model.ModelWithdrawnEvent;

import java.time.Instant;
import java.util.List;

/**
 * Builds the models view in MongoDB. Replay-safe: registration rewrites the document, and every later event
 * applies only while the document's {@code version} is below the event's sequence number, so a re-delivered
 * event neither repeats a history line nor undoes a later change.
 */
@Component
@ProcessingGroup("model-views")
public class ModelViewProjector {

    private final MongoTemplate mongo;

    public ModelViewProjector(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ModelRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        mongo.save(new ModelView(e.modelId(), e.campaignId(), e.unitId(), e.managingUnitId(), e.registrantKind(),
                e.individual(), e.novelty(), e.title(), VietnameseText.fold(e.title()), e.field(), e.content(),
                e.method(), e.expectedResults(), e.startDate(), e.late(), e.replicaOf(),
                e.contentConfirmationRequired(), null, false, ModelView.REGISTERED, null, at, userId, sequence,
                List.of(new HistoryEntry(at, HistoryEntry.REGISTERED, userId, unitId, null))));
    }

    @EventHandler
    void on(ModelAmendedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        Update update = new Update().set("title", e.title()).set("titleFolded", VietnameseText.fold(e.title()))
                .set("field", e.field()).set("content", e.content()).set("method", e.method())
                .set("expectedResults", e.expectedResults()).set("startDate", e.startDate())
                .set("contentConfirmationRequired", e.contentConfirmationRequired());
        if (e.contentConfirmationRequired()) update.unset("contentConfirmedBy");
        apply(e.modelId(), sequence, update, new HistoryEntry(at, HistoryEntry.AMENDED, userId, unitId, e.reason()));
    }

    @EventHandler
    void on(ModelContentConfirmedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        apply(e.modelId(), sequence, new Update().set("contentConfirmationRequired", false)
                        .set("contentConfirmedBy", e.confirmedByUnitId()),
                new HistoryEntry(at, HistoryEntry.CONTENT_CONFIRMED, userId, unitId, null));
    }

    @EventHandler
    void on(ModelLockedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId) {
        apply(e.modelId(), sequence, new Update().set("locked", true),
                new HistoryEntry(at, HistoryEntry.RECOGNIZED, userId, e.recognizedByUnitId(), null));
        // a withdrawn model stays withdrawn: only a registered one becomes recognised
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.modelId()).and("status").is(ModelView.REGISTERED)),
                new Update().set("status", ModelView.RECOGNIZED), ModelView.class);
    }

    @EventHandler
    void on(ModelWithdrawnEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Caller.USER_ID) String userId, @MetaDataValue(Caller.UNIT_ID) String unitId) {
        apply(e.modelId(), sequence, new Update().set("status", ModelView.WITHDRAWN).set("withdrawalReason", e.reason()),
                new HistoryEntry(at, HistoryEntry.WITHDRAWN, userId, unitId, e.reason()));
    }

    private void apply(String modelId, long sequence, Update update, HistoryEntry entry) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(modelId).and("version").lt(sequence)),
                update.set("version", sequence).push("history", entry), ModelView.class);
    }
}
