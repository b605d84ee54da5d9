package vn.thidua.registration.adapter.in.kafka.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.registration.domain.model.LockModelCommand;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * On ModelRecognized (review topic) the model's registration is locked: its review has started and concluded,
 * so it can no longer be amended. Other review events are skipped. Applied once per event id (inbox); a
 * recognition of a model this service does not know fails and ends in the dead-letter topic after retries.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewEventsListener {

    @Bean
    public Consumer<Message<byte[]>> reviewEvents(InboundCommands inbound) {
        return message -> inbound.handle(message, event -> event instanceof ModelRecognized recognized
                ? Optional.of(new LockModelCommand(recognized.modelId(), recognized.reviewCaseId(),
                        recognized.recognizedByUnitId()))
                : Optional.empty());
    }
}
