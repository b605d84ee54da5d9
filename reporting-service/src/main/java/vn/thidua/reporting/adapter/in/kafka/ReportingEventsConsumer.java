package vn.thidua.reporting.adapter.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import vn.thidua.platform.messaging.InboundEvent;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.ProjectionUpdater.Outcome;
import vn.thidua.reporting.application.StreamPosition;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one binding of this service, {@value #BINDING}: the registration, review and award topics (multiplexed,
 * group {@code reporting}). A record of an unknown type is skipped; a record that fails is retried by the binder
 * and then sent to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingEventsConsumer {

    public static final String FUNCTION = "reportingEvents";
    public static final String BINDING = FUNCTION + "-in-0";

    @Bean(FUNCTION)
    public Consumer<Message<byte[]>> reportingEvents(ProjectionUpdater updater, InboundEvents reader,
                                                     MeterRegistry meters) {
        return message -> {
            StreamPosition position = position(message.getHeaders());
            Optional<InboundEvent> event = reader.read(message);
            Outcome outcome = event
                    .map(e -> updater.apply(e.id(), e.type().ceType(), e.payload(), e.time(), e.correlationId(),
                            position))
                    .orElseGet(() -> updater.skip(position));
            meters.counter("thidua.reporting.events", "outcome", outcome.name().toLowerCase(),
                    "topic", position == null ? "none" : position.topic()).increment();
        };
    }

    /** Where the record was read, or {@code null} when the message did not come from a Kafka partition. */
    static StreamPosition position(MessageHeaders headers) {
        String topic = InboundEvents.header(headers, KafkaHeaders.RECEIVED_TOPIC);
        Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
        Object offset = headers.get(KafkaHeaders.OFFSET);
        if (topic == null || !(partition instanceof Number p) || !(offset instanceof Number o)) return null;
        return new StreamPosition(topic, p.intValue(), o.longValue());
    }
}
