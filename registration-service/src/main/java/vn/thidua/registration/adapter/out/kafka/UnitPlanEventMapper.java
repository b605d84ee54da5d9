package vn.thidua.registration.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.PlanDocument;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.plan.UnitPlan;
import vn.thidua.registration.domain.plan.UnitPlanFiledEvent;

import java.util.Optional;

/** A unit's plan (kế hoạch thực hiện) → {@link UnitPlanFiled}, keyed by the plan's id; its file described, never carried. */
@Component
public class UnitPlanEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof UnitPlanFiledEvent e) {
            return Optional.of(new UnitPlanFiled(UnitPlan.idOf(e.campaignId(), e.unitId()), e.campaignId(),
                    e.unitId(), e.version(), e.number(), e.issuedOn(), e.signer(), e.note(), document(e.document()),
                    context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }

    private static PlanDocument document(vn.thidua.registration.domain.plan.PlanDocument d) {
        return d == null ? null : new PlanDocument(d.documentId(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256());
    }
}
