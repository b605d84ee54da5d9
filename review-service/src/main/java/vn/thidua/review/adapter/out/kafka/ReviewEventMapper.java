package vn.thidua.review.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.review.domain.ModelRecognizedEvent;
import vn.thidua.review.domain.ReviewCaseOpenedEvent;

import java.util.Optional;

@Component
public class ReviewEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof ReviewCaseOpenedEvent e) {
            return Optional.of(new ReviewOpened(e.reviewCaseId(), e.modelId(), e.campaignId(), e.unitId(),
                    context.actor(), context.occurredAt()));
        }
        if (event instanceof ModelRecognizedEvent e) {
            return Optional.of(new ModelRecognized(e.reviewCaseId(), e.modelId(), e.campaignId(), e.unitId(),
                    e.recognizedByUnitId(), context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }
}
