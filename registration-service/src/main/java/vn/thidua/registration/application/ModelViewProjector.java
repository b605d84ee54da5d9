package vn.thidua.registration.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.registration.domain.ModelRegisteredEvent;
import vn.thidua.registration.domain.ModelWithdrawnEvent;

import java.time.Instant;

/** Builds the models view in MongoDB; replay-safe because every write is an idempotent upsert. */
@Component
@ProcessingGroup("model-views")
public class ModelViewProjector {

    private final MongoTemplate mongo;

    public ModelViewProjector(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ModelRegisteredEvent event, @Timestamp Instant at, @MetaDataValue(Caller.USER_ID) String userId) {
        mongo.save(new ModelView(event.modelId(), event.campaignId(), event.unitId(), event.managingUnitId(),
                event.registrantKind(), event.title(), event.field(), ModelView.REGISTERED, null, at, userId));
    }

    @EventHandler
    void on(ModelWithdrawnEvent event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.modelId())),
                new Update().set("status", ModelView.WITHDRAWN).set("withdrawalReason", event.reason()),
                ModelView.class);
    }
}
