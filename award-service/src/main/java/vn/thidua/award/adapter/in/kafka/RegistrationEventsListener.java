package vn.thidua.award.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.award.application.ModelClosures;
import vn.thidua.award.domain.round.WithdrawalCause;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.tree.TreeCopy;

import java.util.function.Consumer;

/**
 * The registration topic: its unit events keep this service's copy of the organisation tree (who may see, propose
 * and decide for which model); a withdrawn model's dossier and pending proposals close. The other events leave no
 * trace. No inbox needed: applying a unit event or a withdrawal again changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(InboundEvents reader, TreeCopy tree, ModelClosures closures) {
        return message -> reader.read(message).ifPresent(event -> {
            if (event.payload() instanceof ModelWithdrawn withdrawn) {
                CurrentCaller.runAs(Caller.system("award-service", event.correlationId()), () ->
                        closures.closed(withdrawn.modelId(), withdrawn.reason(), WithdrawalCause.MODEL_WITHDRAWN));
            } else {
                tree.apply(event.payload());
            }
        });
    }
}
