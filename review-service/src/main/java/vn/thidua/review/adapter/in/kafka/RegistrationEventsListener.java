package vn.thidua.review.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.review.domain.OpenReviewCaseCommand;
import vn.thidua.review.domain.ReviewCaseIds;

import java.util.Optional;
import java.util.function.Consumer;

/** On ModelRegistered (registration topic) a review case opens for the model. */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(InboundCommands inbound) {
        return message -> inbound.handle(message, event -> event instanceof ModelRegistered registered
                ? Optional.of(new OpenReviewCaseCommand(ReviewCaseIds.forModel(registered.modelId()),
                        registered.modelId(), registered.campaignId(), registered.unitId()))
                : Optional.empty());
    }
}
