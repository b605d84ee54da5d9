package vn.thidua.award.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.award.application.ModelClosures;
import vn.thidua.award.domain.OpenAwardDossierCommand;
import vn.thidua.award.domain.round.WithdrawalCause;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.RecognitionRevoked;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.platform.messaging.InboundEvents;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The review topic: on ModelRecognized the model becomes eligible for awards; on RecognitionRevoked (thu hồi
 * công nhận) it no longer is, and its pending proposals close with the reasons. Doing either again changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewEventsListener {

    @Bean
    public Consumer<Message<byte[]>> reviewEvents(InboundCommands inbound, InboundEvents reader, ModelClosures closures) {
        return message -> reader.read(message).ifPresent(event -> {
            if (event.payload() instanceof RecognitionRevoked revoked) {
                CurrentCaller.runAs(Caller.system("award-service", event.correlationId()), () ->
                        closures.closed(revoked.modelId(), String.join("; ", revoked.reasons()),
                                WithdrawalCause.RECOGNITION_REVOKED));
            } else {
                inbound.handle(event, payload -> payload instanceof ModelRecognized recognized
                        ? Optional.of(new OpenAwardDossierCommand(recognized.modelId(), recognized.campaignId(),
                                recognized.unitId(), recognized.reviewCaseId()))
                        : Optional.empty());
            }
        });
    }
}
