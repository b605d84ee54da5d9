package vn.thidua.award.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.award.domain.OpenAwardDossierCommand;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.platform.inbox.InboundCommands;

import java.util.Optional;
import java.util.function.Consumer;

/** On ModelRecognized (review topic) the model becomes eligible for awards. */
@Configuration(proxyBeanMethods = false)
public class ReviewEventsListener {

    @Bean
    public Consumer<Message<byte[]>> reviewEvents(InboundCommands inbound) {
        return message -> inbound.handle(message, event -> event instanceof ModelRecognized recognized
                ? Optional.of(new OpenAwardDossierCommand(recognized.modelId(), recognized.campaignId(),
                        recognized.unitId(), recognized.reviewCaseId()))
                : Optional.empty());
    }
}
