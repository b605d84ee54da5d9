package vn.thidua.registration.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.contracts.UnitReclassified;
import vn.thidua.contracts.UnitRenamed;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.unit.UnitClosedEvent;
import vn.thidua.registration.domain.unit.UnitMovedEvent;
import vn.thidua.registration.domain.unit.UnitOpenedEvent;
import vn.thidua.registration.domain.unit.UnitReclassifiedEvent;
import vn.thidua.registration.domain.unit.UnitRenamedEvent;

import java.util.List;
import java.util.Optional;

/**
 * Organisation-tree events → the published language (topic {@code thidua.registration}, keyed by unit code).
 */
@Component
public class UnitEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof UnitOpenedEvent e) {
            return Optional.of(new UnitOpened(e.unitId(), e.parentId(), e.kind(), e.level(), e.name(), e.fullName(),
                    e.groups() == null ? List.of() : e.groups(), e.openedOn(), context.actor(), context.occurredAt()));
        }
        if (event instanceof UnitRenamedEvent e) {
            return Optional.of(new UnitRenamed(e.unitId(), e.name(), e.fullName(), context.actor(), context.occurredAt()));
        }
        if (event instanceof UnitMovedEvent e) {
            return Optional.of(new UnitMoved(e.unitId(), e.fromParentId(), e.toParentId(), context.actor(),
                    context.occurredAt()));
        }
        if (event instanceof UnitClosedEvent e) {
            return Optional.of(new UnitClosed(e.unitId(), e.closedOn(), e.successorId(), context.actor(),
                    context.occurredAt()));
        }
        if (event instanceof UnitReclassifiedEvent e) {
            return Optional.of(new UnitReclassified(e.unitId(), e.kind(), e.level(),
                    e.groups() == null ? List.of() : e.groups(), context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }
}
