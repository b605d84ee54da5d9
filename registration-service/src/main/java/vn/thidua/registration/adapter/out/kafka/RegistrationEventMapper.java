package vn.thidua.registration.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.ModelRegisteredEvent;

import java.util.Optional;

/** Internal events → the published language. Withdrawal is not published yet (no contract for it). */
@Component
public class RegistrationEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof ModelRegisteredEvent e) {
            return Optional.of(new ModelRegistered(e.modelId(), e.campaignId(), e.unitId(), e.managingUnitId(),
                    e.registrantKind(), e.title(), e.field(), context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }
}
