package vn.thidua.award.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.award.application.ModelClosures;
import vn.thidua.award.domain.round.WithdrawalCause;
import vn.thidua.award.application.ModelTitles;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.tree.TreeCopy;

import java.util.function.Consumer;

/**
 * The registration topic: its unit events keep this service's copy of the organisation tree (who may see, propose
 * and decide for which model); a withdrawn model's dossier and pending proposals close; a registered or amended
 * model's title is kept for the pages and documents. The other events leave no trace. No inbox needed: applying a unit event or a withdrawal again changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationEventsListener {

    @Bean
    public Consumer<Message<byte[]>> registrationEvents(InboundEvents reader, TreeCopy tree, ModelClosures closures,
                                                        ModelTitles titles) {
        return message -> reader.read(message).ifPresent(event -> {
            if (event.payload() instanceof ModelRegistered registered) {
                titles.save(registered.modelId(), registered.title());
            } else if (event.payload() instanceof ModelAmended amended) {
                titles.save(amended.modelId(), amended.title());
            } else if (event.payload() instanceof ModelWithdrawn withdrawn) {
                CurrentCaller.runAs(Caller.system("award-service", event.correlationId()), () ->
                        closures.closed(withdrawn.modelId(), withdrawn.reason(), WithdrawalCause.MODEL_WITHDRAWN));
            } else {
                tree.apply(event.payload());
            }
        });
    }
}
