package vn.thidua.registration.application.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.thidua.platform.actor.Caller;
import vn.thidua.registration.domain.plan.UnitPlan;
import vn.thidua.registration.domain.plan.UnitPlanFiledEvent;

import java.time.Instant;

/** Keeps each unit's latest plan; replay-safe: an older or the same version never replaces a newer one. */
@Component
@ProcessingGroup("unit-plan-views")
public class UnitPlanViewProjector {

    private final UnitPlanViewStore plans;

    public UnitPlanViewProjector(UnitPlanViewStore plans) {
        this.plans = plans;
    }

    @EventHandler
    void on(UnitPlanFiledEvent event, @Timestamp Instant at, @MetaDataValue(Caller.USER_ID) String userId) {
        String planId = UnitPlan.idOf(event.campaignId(), event.unitId());
        UnitPlanView known = plans.find(planId).orElse(null);
        if (known != null && known.version() >= event.version()) return;
        Instant first = known == null || event.version() == 1 ? at : known.firstFiledAt();
        plans.save(new UnitPlanView(planId, event.campaignId(), event.unitId(), event.version(), event.number(),
                event.issuedOn(), event.signer(), event.note(), at, userId, first, event.document()));
    }
}
