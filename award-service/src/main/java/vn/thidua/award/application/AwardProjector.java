package vn.thidua.award.application;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.AwardProposedEvent;

import java.time.Instant;

@Component
@ProcessingGroup("award-views")
public class AwardProjector {

    private final MongoTemplate mongo;

    public AwardProjector(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AwardDossierOpenedEvent event, @Timestamp Instant at) {
        mongo.save(new EligibleModelView(event.modelId(), event.campaignId(), event.unitId(), event.reviewCaseId(), at));
    }

    @EventHandler
    void on(AwardProposedEvent event, @Timestamp Instant at) {
        mongo.save(new AwardProposalView(event.proposalId(), event.modelId(), event.campaignId(), event.unitId(),
                event.awardForm(), event.reason(), at, null, null, null));
    }

    @EventHandler
    void on(AwardDecidedEvent event, @Timestamp Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.proposalId())),
                new Update().set("outcome", event.outcome()).set("decisionNumber", event.decisionNumber())
                        .set("decidedAt", at),
                AwardProposalView.class);
    }
}
