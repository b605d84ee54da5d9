package vn.thidua.reporting.adapter.in.kafka;

import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.platform.messaging.KafkaConnection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import vn.thidua.contracts.Topics;
import vn.thidua.reporting.application.ProjectionGenerations;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.ProjectionUpdater.Delivery;
import vn.thidua.reporting.application.ProjectionUpdater.RejectedDelivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the projection into a fresh generation from the start of the topics while the live binding goes on
 * answering from the active one; caught up, it stops the binding, reads what is left, switches and starts the binding
 * again, which then reads on from the fresh generation's positions. Progress: {@link #progress()}.
 */
@Component
public class ProjectionRebuild {

    /** Where a rebuild stands: records read of those on the topics when it started. */
    public record Progress(String state, String generation, long read, long total) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, read * 100 / total);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final ProjectionUpdater updater;
    private final ProjectionGenerations generations;
    private final BindingsLifecycleController bindings;
    private final InboundEvents reader;
    private final KafkaConnection connection;
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress("idle", null, 0, 0));

    public ProjectionRebuild(ProjectionUpdater updater, ProjectionGenerations generations,
                             BindingsLifecycleController bindings, InboundEvents reader,
                             Environment environment) {
        this.updater = updater;
        this.generations = generations;
        this.bindings = bindings;
        this.reader = reader;
        this.connection = KafkaConnection.of(environment);
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background, unless one runs. */
    public synchronized CompletableFuture<String> start() {
        return start(() -> { });
    }

    /** As {@link #start()}; {@code beforeSwitch} runs when the fresh generation is complete, before the switch. */
    public synchronized CompletableFuture<String> start(Runnable beforeSwitch) {
        if (progress.get().state().equals("running")) throw new IllegalStateException("A rebuild is running");
        progress.set(new Progress("running", null, 0, 0));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return rebuild(beforeSwitch);
            } catch (RuntimeException e) {
                log.error("The rebuild failed; the projection answers from {} still", generations.active(), e);
                progress.set(new Progress("failed", null, 0, 0));
                throw e;
            }
        });
    }

    private String rebuild(Runnable beforeSwitch) {
        String fresh = generations.fresh();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(connection.with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.REGISTRATION, Topics.REVIEW, Topics.AWARD)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            log.info("Rebuilding the projection into {} from {} records", fresh, total);
            long read = readToEnd(consumer, partitions, fresh, 0, total);
            // caught up: stop the live binding (its batch in progress finishes), read what came meanwhile, switch
            bindings.changeState(ReportingEventsConsumer.BINDING, State.STOPPED);
            try {
                read = readToEnd(consumer, partitions, fresh, read, total);
                beforeSwitch.run();
                generations.switchTo(fresh);
            } finally {
                bindings.changeState(ReportingEventsConsumer.BINDING, State.STARTED);
            }
            progress.set(new Progress("done", fresh, read, Math.max(total, read)));
            return fresh;
        }
    }

    private long readToEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, String fresh,
                           long read, long total) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            List<Delivery> deliveries = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                deliveries.add(delivery(record));
            }
            generations.within(fresh, () -> applySkippingRejected(deliveries));
            read += deliveries.size();
            progress.set(new Progress("running", fresh, read, Math.max(total, read)));
        }
        return read;
    }

    /** A malformed event was dead-lettered by the live binding already: here it is only left out. */
    private Void applySkippingRejected(List<Delivery> deliveries) {
        List<Delivery> rest = deliveries;
        while (!rest.isEmpty()) {
            try {
                updater.applyAll(rest);
                return null;
            } catch (RejectedDelivery rejected) {
                log.warn("Rebuild leaves out a malformed record: {}", rejected.getMessage());
                rest = rest.subList(rejected.index() + 1, rest.size());
            }
        }
        return null;
    }

    private Delivery delivery(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0] : record.value())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition())
                .setHeader(KafkaHeaders.OFFSET, record.offset());
        for (Header header : record.headers()) message.setHeader(header.key(), header.value());
        Message<byte[]> built = message.build();
        try {
            return ReportingEventsConsumer.delivery(built, reader);
        } catch (IllegalArgumentException malformed) {
            log.warn("Rebuild leaves out an undecodable record: {}", malformed.getMessage());
            return Delivery.skipped(ReportingEventsConsumer.position(built.getHeaders()));
        }
    }
}
