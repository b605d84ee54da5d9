package vn.thidua.award.adapter.in.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.tree.TreeCopy;

import java.util.function.Consumer;

/**
 * The registration topic: its unit events keep this service's copy of the organisation tree (who may see,
 * propose and decide for which model); the service never asks registration. The other events there are not this
 * service's business and leave no trace. No inbox needed: applying a unit event again changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(ObjectMapper json, TreeCopy tree) {
        return message -> InboundEvents.decode(message, json).ifPresent(event -> tree.apply(event.payload()));
    }
}
