package vn.thidua.award.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.platform.tree.UnitTreeCopy;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registration topic: its unit events keep this service's copy of the organisation tree (who may see,
 * propose and decide for which model); the service never asks registration. Other events there are not ours.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(InboundCommands inbound, UnitTreeCopy tree) {
        return message -> inbound.handle(message, event -> {
            tree.apply(event);
            return Optional.empty();
        });
    }
}
