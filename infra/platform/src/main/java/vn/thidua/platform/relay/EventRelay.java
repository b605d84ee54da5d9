package vn.thidua.platform.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.platform.actor.Caller;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The relay: a tracking event processor over the service's own event store (the outbox) that publishes its
 * events to Kafka in batches: each event is sent at once, and the batch commits its token only once the broker
 * acknowledged every send. A failed send fails the batch, so the token does not move and the batch is retried,
 * also after a restart: at-least-once, nothing lost while Kafka is down. Consumers dedupe by {@code ce_id}, the
 * stored event's identifier; the idempotent producer keeps each partition's order.
 */
@ProcessingGroup(EventRelay.PROCESSING_GROUP)
public class EventRelay {

    public static final String PROCESSING_GROUP = "relay";
    private static final String PENDING = EventRelay.class.getName() + ".pending";
    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final IntegrationEventMapper mapper;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final ObjectMapper json;
    private final String source;
    private final Duration ackTimeout;

    public EventRelay(IntegrationEventMapper mapper, KafkaTemplate<byte[], byte[]> kafka, ObjectMapper json,
                      String source, Duration ackTimeout) {
        this.mapper = mapper;
        this.kafka = kafka;
        this.json = json;
        this.source = source;
        this.ackTimeout = ackTimeout;
    }

    @EventHandler
    public void relay(Object payload, EventMessage<?> message) throws Exception {
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Caller caller = Caller.fromMetaData(message.getMetaData());
        var context = new RelayedEventContext(message.getIdentifier(), aggregateId, message.getTimestamp(), caller);
        var published = mapper.map(payload, context);
        if (published.isEmpty()) return;
        ProducerRecord<byte[], byte[]> record = toRecord(published.get(), context);
        CompletableFuture<?> sent = kafka.send(record);
        if (!CurrentUnitOfWork.isStarted()) {
            await(record, sent);
            return;
        }
        // one wait per batch, before its token is committed: the sends of a batch travel together
        CurrentUnitOfWork.get().root().<List<Sent>>getOrComputeResource(PENDING, key -> {
            List<Sent> pending = new ArrayList<>();
            CurrentUnitOfWork.get().root().onPrepareCommit(unitOfWork -> awaitAll(pending));
            return pending;
        }).add(new Sent(record, sent));
    }

    private record Sent(ProducerRecord<byte[], byte[]> record, CompletableFuture<?> future) {
    }

    private void awaitAll(List<Sent> pending) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Sent sent : pending) {
            try {
                await(sent.record(), sent.future(), Math.max(0, deadline - System.nanoTime()));
            } catch (Exception e) {
                throw new RelayFailed(e);
            }
        }
    }

    /** A batch the broker did not acknowledge in full: the processor retries it from its last token. */
    static final class RelayFailed extends RuntimeException {
        RelayFailed(Exception cause) {
            super(cause);
        }
    }

    ProducerRecord<byte[], byte[]> toRecord(IntegrationEvent event, RelayedEventContext context) throws JsonProcessingException {
        EventType type = EventCatalog.of(event.getClass());
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventsAttributes.ID, context.eventId());
        header(headers, CloudEventsAttributes.SPECVERSION, CloudEventsAttributes.SPECVERSION_VALUE);
        header(headers, CloudEventsAttributes.TYPE, type.ceType());
        header(headers, CloudEventsAttributes.SOURCE, source);
        header(headers, CloudEventsAttributes.TIME, context.occurredAt().toString());
        header(headers, CloudEventsAttributes.SUBJECT, event.subject());
        header(headers, CloudEventsAttributes.CONTENT_TYPE, CloudEventsAttributes.CONTENT_TYPE_JSON);
        if (context.caller() != null && context.caller().correlationId() != null) {
            header(headers, CloudEventsAttributes.CORRELATION_ID, context.caller().correlationId());
        }
        return new ProducerRecord<>(type.topic(), null, event.subject().getBytes(StandardCharsets.UTF_8),
                json.writeValueAsBytes(event), headers);
    }

    private void await(ProducerRecord<byte[], byte[]> record, CompletableFuture<?> sent) throws Exception {
        await(record, sent, ackTimeout.toNanos());
    }

    private void await(ProducerRecord<byte[], byte[]> record, CompletableFuture<?> sent, long timeoutNanos)
            throws Exception {
        try {
            sent.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Kafka did not acknowledge {} on {}; the relay will retry: {}", record.key() == null ? "" :
                    new String(record.key(), StandardCharsets.UTF_8), record.topic(), e.toString());
            throw e;
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
