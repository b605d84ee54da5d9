package vn.thidua.reporting.adapter.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import vn.thidua.platform.messaging.InboundEvent;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.reporting.application.ProjectionGenerations;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.ProjectionUpdater.Delivery;
import vn.thidua.reporting.application.ProjectionUpdater.Outcome;
import vn.thidua.reporting.application.ProjectionUpdater.RejectedDelivery;
import vn.thidua.reporting.application.StreamPosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one binding of this service, {@value #BINDING}: the registration, review and award topics (multiplexed,
 * group {@code reporting}), read in batches (one poll) that the projection writes in bulk. A record of an unknown
 * type is skipped; a malformed one goes to the dead-letter topic after the records before it are applied
 * (the platform's failure policy dead-letters it by its index); any other failure retries the batch.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingEventsConsumer {

    public static final String FUNCTION = "reportingEvents";
    public static final String BINDING = FUNCTION + "-in-0";

    @Bean(FUNCTION)
    public Consumer<Message<List<byte[]>>> reportingEvents(ProjectionUpdater updater, InboundEvents reader,
                                                           MeterRegistry meters, ProjectionGenerations generations) {
        return batch -> generations.within(generations.active(), () -> {
            apply(records(batch), updater, reader, meters);
            return null;
        });
    }

    /** The batch all on one generation: a switch happening meanwhile waits for the binding to stop, after it. */
    private static void apply(List<Message<byte[]>> records, ProjectionUpdater updater, InboundEvents reader,
                              MeterRegistry meters) {
        List<Delivery> deliveries = new ArrayList<>(records.size());
        IllegalArgumentException undecodable = null;
        for (Message<byte[]> record : records) {
            try {
                deliveries.add(delivery(record, reader));
            } catch (IllegalArgumentException e) {
                undecodable = e; // the records before it are applied, then it is rejected
                break;
            }
        }
        try {
            count(meters, deliveries, updater.applyAll(deliveries));
        } catch (RejectedDelivery rejected) {
            throw new BatchListenerFailedException(rejected.getMessage(), rejected.getCause(), rejected.index());
        }
        if (undecodable != null) {
            throw new BatchListenerFailedException(undecodable.getMessage(), undecodable, deliveries.size());
        }
    }

    static Delivery delivery(Message<byte[]> record, InboundEvents reader) {
        StreamPosition position = position(record.getHeaders());
        Optional<InboundEvent> event = reader.read(record);
        return event.map(e -> new Delivery(e.id(), e.type().ceType(), e.payload(), e.time(), e.correlationId(),
                position)).orElseGet(() -> Delivery.skipped(position));
    }

    private static void count(MeterRegistry meters, List<Delivery> deliveries, List<Outcome> outcomes) {
        if (outcomes == null) return;
        for (int i = 0; i < outcomes.size(); i++) {
            StreamPosition position = deliveries.get(i).position();
            meters.counter("thidua.reporting.events", "outcome", outcomes.get(i).name().toLowerCase(),
                    "topic", position == null ? "none" : position.topic()).increment();
        }
    }

    /**
     * The batch as one message per record. In batch mode each header is a list in the payloads' order, and the
     * records' own headers are in {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}.
     */
    @SuppressWarnings("unchecked")
    static List<Message<byte[]>> records(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<byte[]> payloads = batch.getPayload();
        if (headers.get(KafkaHeaders.OFFSET) instanceof List<?> offsets && offsets.size() != payloads.size()) {
            // a converter dropped records: never let the positions move past them
            throw new IllegalStateException("A batch of " + offsets.size() + " records arrived with "
                    + payloads.size() + " payloads; check the binding's content-type (application/octet-stream)");
        }
        List<Map<String, Object>> own = headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS) instanceof List<?> l
                ? (List<Map<String, Object>>) l : List.of();
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            MessageBuilder<byte[]> record = MessageBuilder.withPayload(payloads.get(i));
            if (i < own.size()) record.copyHeaders(own.get(i));
            for (String name : List.of(KafkaHeaders.RECEIVED_TOPIC, KafkaHeaders.RECEIVED_PARTITION, KafkaHeaders.OFFSET,
                    KafkaHeaders.RECEIVED_KEY)) {
                if (headers.get(name) instanceof List<?> values && i < values.size() && values.get(i) != null) {
                    record.setHeader(name, values.get(i));
                }
            }
            records.add(record.build());
        }
        return records;
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
