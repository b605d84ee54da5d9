package vn.thidua.review.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.review.domain.OpenReviewCaseCommand;
import vn.thidua.review.domain.ReviewCaseIds;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registration topic: unit events keep this service's copy of the organisation tree (who may see and
 * recognise which case); on ModelRegistered a review case opens for the model. Each event once, through the inbox.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(InboundCommands inbound, TreeCopy tree) {
        return message -> inbound.handle(message, event -> {
            if (tree.apply(event)) return Optional.empty();
            return event instanceof ModelRegistered registered
                    ? Optional.of(new OpenReviewCaseCommand(ReviewCaseIds.forModel(registered.modelId()),
                            registered.modelId(), registered.campaignId(), registered.unitId()))
                    : Optional.empty();
        });
    }
}
