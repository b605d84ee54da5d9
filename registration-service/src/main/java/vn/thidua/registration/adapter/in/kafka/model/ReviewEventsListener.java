package vn.thidua.registration.adapter.in.kafka.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.platform.inbox.InboundCommands;
import vn.thidua.registration.domain.model.LockModelCommand;
import vn.thidua.registration.domain.model.NoteSupplementAnsweredCommand;
import vn.thidua.registration.domain.model.NoteSupplementRequestCommand;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Review events (topic {@code thidua.review}) this service acts on, once per event id (inbox): ModelRecognized
 * locks the registration; SupplementRequested opens it again and shows the request, SupplementReceived marks it
 * answered. Other review events are skipped; an event about a model this service does not know fails and ends
 * in the dead-letter topic after retries.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewEventsListener {

    @Bean
    public Consumer<Message<byte[]>> reviewEvents(InboundCommands inbound) {
        return message -> inbound.handle(message, ReviewEventsListener::command);
    }

    static Optional<Object> command(IntegrationEvent event) {
        if (event instanceof ModelRecognized recognized) {
            return Optional.of(new LockModelCommand(recognized.modelId(), recognized.reviewCaseId(),
                    recognized.recognizedByUnitId()));
        }
        if (event instanceof SupplementRequested requested) {
            return Optional.of(new NoteSupplementRequestCommand(requested.modelId(), requested.reviewCaseId(),
                    requested.requestId(), requested.request(), requested.dueOn(),
                    requested.actor() == null ? null : requested.actor().unitId()));
        }
        if (event instanceof SupplementReceived received) {
            return Optional.of(new NoteSupplementAnsweredCommand(received.modelId(), received.requestId(),
                    received.receivedOn(), received.late()));
        }
        return Optional.empty();
    }
}
