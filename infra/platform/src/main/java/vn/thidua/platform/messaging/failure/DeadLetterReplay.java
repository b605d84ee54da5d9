package vn.thidua.platform.messaging.failure;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.thidua.platform.messaging.KafkaConnection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Replays this service's dead-letter topics into the consumer function of the binding each letter came from
 * (by its {@code x-original-topic}), in this process: the other services reading that topic see nothing. Safe to
 * run again: the inbox and the projections apply an event id once. A letter that fails again stays where it is.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** One letter that failed again. */
    public record Failure(String deadLetterTopic, int partition, long offset, String eventId, String exception,
                          String message) {
    }

    /** What a replay did: letters read, applied again, and those that failed again. */
    public record Report(int read, int applied, List<Failure> failed) {
    }

    private final ConsumerFailurePolicy policy;
    private final BeanFactory beans;
    private final KafkaConnection connection;

    public DeadLetterReplay(ConsumerFailurePolicy policy, BeanFactory beans, KafkaConnection connection) {
        this.policy = policy;
        this.beans = beans;
        this.connection = connection;
    }

    /** The dead letters now in this service's dead-letter topics. */
    public int count() {
        int[] count = {0};
        read((topic, record) -> count[0]++);
        return count[0];
    }

    /** Replays every letter now in this service's dead-letter topics (letters added meanwhile wait for the next). */
    public synchronized Report replay() {
        int[] read = {0, 0};
        List<Failure> failed = new ArrayList<>();
        read((topic, record) -> {
            read[0]++;
            String origin = header(record, "x-original-topic");
            String eventId = header(record, "ce_id");
            try {
                consumerFor(origin).accept(message(record, origin));
                read[1]++;
            } catch (RuntimeException e) {
                Throwable reason = ConsumerFailures.reason(e);
                log.warn("Dead letter {}-{}@{} ({}) failed again: {}", topic, record.partition(), record.offset(),
                        eventId, reason.toString());
                failed.add(new Failure(topic, record.partition(), record.offset(), eventId,
                        reason.getClass().getName(), reason.getMessage()));
            }
        });
        log.info("Replayed {} dead letters: {} applied, {} failed again", read[0], read[1], failed.size());
        return new Report(read[0], read[1], List.copyOf(failed));
    }

    @SuppressWarnings("unchecked")
    private Consumer<Message<byte[]>> consumerFor(String originalTopic) {
        ConsumerFailurePolicy.Binding binding = policy.bindings().stream()
                .filter(b -> b.topics().contains(originalTopic)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No binding of this service reads " + originalTopic));
        String function = binding.name().replaceFirst("-in-\\d+$", "");
        return beans.getBean(function, Consumer.class);
    }

    /** The letter as the binding handed it over: its original topic, but no partition or offset (no position). */
    private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record, String originalTopic) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-")) message.setHeader(header.key(), header.value());
        }
        if (record.key() != null) message.setHeader(KafkaHeaders.RECEIVED_KEY, record.key());
        message.setHeader(KafkaHeaders.RECEIVED_TOPIC, originalTopic);
        return message.build();
    }

    private void read(java.util.function.BiConsumer<String, ConsumerRecord<byte[], byte[]>> each) {
        List<String> topics = policy.bindings().stream().map(ConsumerFailurePolicy.Binding::deadLetterTopic)
                .filter(t -> t != null).distinct().toList();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(connection.with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() < end.get(partition)) each.accept(topic, record);
                    }
                }
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
