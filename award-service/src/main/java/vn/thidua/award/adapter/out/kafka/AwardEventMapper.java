package vn.thidua.award.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;

import java.util.Optional;

/** Opening a dossier stays internal; proposals and decisions are published. */
@Component
public class AwardEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof AwardProposedEvent e) {
            return Optional.of(new AwardProposed(e.proposalId(), e.modelId(), e.campaignId(), e.unitId(),
                    e.awardForm(), e.reason(), context.actor(), context.occurredAt()));
        }
        if (event instanceof AwardDecidedEvent e) {
            return Optional.of(new AwardDecided(e.proposalId(), e.modelId(), e.campaignId(), e.unitId(),
                    e.awardForm(), e.outcome(), e.decisionNumber(), context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }
}
