package vn.thidua.registration.adapter.out.kafka.model;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.model.ModelAmendedEvent;
import vn.thidua.registration.domain.model.ModelContentConfirmedEvent;
import vn.thidua.registration.domain.model.ModelRegisteredEvent;
import vn.thidua.registration.domain.model.ModelWithdrawnEvent;

import java.util.Optional;

/**
 * The model's internal events → the published language on {@code thidua.registration}. The lock
 * (ModelLockedEvent) is not published: it only mirrors the review service's own ModelRecognized.
 */
@Component
public class ModelEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof ModelRegisteredEvent e) {
            return Optional.of(new ModelRegistered(e.modelId(), e.campaignId(), e.unitId(), e.managingUnitId(),
                    e.registrantKind(), e.title(), e.field(), e.contentConfirmationRequired(), e.novelty(),
                    e.individual(), e.content(), e.method(), e.expectedResults(), e.startDate(), e.late(),
                    e.replicaOf(), context.actor(), context.occurredAt()));
        }
        if (event instanceof ModelAmendedEvent e) {
            return Optional.of(new ModelAmended(e.modelId(), e.campaignId(), e.title(), e.field(), e.content(),
                    e.method(), e.expectedResults(), e.startDate(), e.contentConfirmationRequired(), context.actor(),
                    context.occurredAt()));
        }
        if (event instanceof ModelContentConfirmedEvent e) {
            return Optional.of(new ModelContentConfirmed(e.modelId(), e.campaignId(), e.confirmedByUnitId(),
                    context.actor(), context.occurredAt()));
        }
        if (event instanceof ModelWithdrawnEvent e) {
            return Optional.of(new ModelWithdrawn(e.modelId(), e.campaignId(), e.unitId(), e.reason(), context.actor(),
                    context.occurredAt()));
        }
        return Optional.empty();
    }
}
