package vn.thidua.platform.messaging.failure;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Every consumer binding's failure policy (the binder calls it for each binding): a transient failure is retried
 * with the binding's back-off and no attempt limit, holding the partition (health DEGRADED); a poison record goes
 * at once to the binding's dead-letter topic with the reason in {@code x-exception-*}/{@code x-original-*} headers.
 */
public class ConsumerFailurePolicy implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailurePolicy.class);

    /** The binder's own header names, so dead letters look the same as before this policy. */
    private static final HeaderNames HEADERS = HeaderNames.Builder.original()
            .offsetHeader("x-original-offset").timestampHeader("x-original-timestamp")
            .timestampTypeHeader("x-original-timestamp-type").topicHeader("x-original-topic")
            .partitionHeader("x-original-partition").consumerGroupHeader("x-original-consumer-group")
            .exception().keyExceptionFqcn("x-key-exception-fqcn").exceptionFqcn("x-exception-fqcn")
            .exceptionCauseFqcn("x-exception-cause-fqcn").keyExceptionMessage("x-key-exception-message")
            .exceptionMessage("x-exception-message").keyExceptionStacktrace("x-key-exception-stacktrace")
            .exceptionStacktrace("x-exception-stacktrace").build();

    /** A consumer binding as the policy saw it: its topics, group and dead-letter topic (null without one). */
    public record Binding(String name, List<String> topics, String group, String deadLetterTopic) {
    }

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaOperations<byte[], byte[]> deadLetters;
    private final ConsumerHealth health;
    private final Map<String, Binding> bindings = new ConcurrentHashMap<>();

    /** @param producers for the dead letters (durable, see {@code DurableProducers}); closed with this policy */
    public ConsumerFailurePolicy(DefaultKafkaProducerFactory<byte[], byte[]> producers, ConsumerHealth health) {
        this.producers = producers;
        this.deadLetters = new KafkaTemplate<>(producers);
        this.health = health;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        throw new IllegalStateException("the binder passes the binding's properties (Spring Cloud Stream 4.2+)");
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (!properties.isBatchMode() && properties.getMaxAttempts() <= 1) {
            // with one attempt the binder routes failures to its own error channel, around this policy
            throw new IllegalStateException("Binding " + properties.getBindingName() + ": max-attempts must be "
                    + "above 1 (it means nothing else here: transient failures are retried without limit)");
        }
        String binding = properties.getBindingName() == null ? destinationName : properties.getBindingName();
        KafkaConsumerProperties kafka = properties.getExtension();
        bindings.put(binding, new Binding(binding, Arrays.stream(destinationName.split(",")).map(String::trim).toList(),
                group, kafka.isEnableDlq() ? kafka.getDlqName() : null));

        ExponentialBackOff unlimited = new ExponentialBackOff(properties.getBackOffInitialInterval(),
                properties.getBackOffMultiplier());
        unlimited.setMaxInterval(properties.getBackOffMaxInterval());
        DefaultErrorHandler retrying = new DefaultErrorHandler(unlimited);
        DefaultErrorHandler deadLettering = new DefaultErrorHandler(recoverer(binding, dlqDestinationResolver),
                new FixedBackOff(0L, 0L));
        container.setCommonErrorHandler(new Classifying(binding, retrying, deadLettering));
        AbstractMessageListenerContainer raw = container;
        raw.setRecordInterceptor(new RecordInterceptor<Object, Object>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                            Consumer<Object, Object> consumer) {
                return record;
            }

            @Override
            public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                health.movedOn(binding);
            }
        });
        raw.setBatchInterceptor(new BatchInterceptor<Object, Object>() {
            @Override
            public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
                                                             Consumer<Object, Object> consumer) {
                return records;
            }

            @Override
            public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
                health.movedOn(binding);
            }
        });
    }

    /** The consumer bindings configured so far (all of them once the application has started). */
    public List<Binding> bindings() {
        return List.copyOf(bindings.values());
    }

    private ConsumerAwareRecordRecoverer recoverer(String binding,
                                                   BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlq) {
        if (dlq == null) {
            return (record, consumer, failure) -> {
                log.error("Binding {} has no dead-letter topic: skipping poison record {}-{}@{}: {}", binding,
                        record.topic(), record.partition(), record.offset(), reason(failure).toString());
                health.movedOn(binding);
            };
        }
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(deadLetters, dlq);
        publisher.setHeaderNamesSupplier(() -> HEADERS);
        return (record, consumer, failure) -> {
            Exception reason = reason(failure);
            publisher.accept(record, consumer, reason);
            log.warn("Binding {}: poison record {}-{}@{} sent to the dead-letter topic: {}", binding, record.topic(),
                    record.partition(), record.offset(), reason.toString());
            health.movedOn(binding);
        };
    }

    private static Exception reason(Exception failure) {
        Throwable reason = ConsumerFailures.reason(failure);
        return reason instanceof Exception e ? e : new IllegalStateException(reason);
    }

    /** Hands each failure to the retrying or the dead-lettering handler, by what the failure is. */
    private final class Classifying implements CommonErrorHandler {

        private final String binding;
        private final DefaultErrorHandler retrying;
        private final DefaultErrorHandler deadLettering;

        Classifying(String binding, DefaultErrorHandler retrying, DefaultErrorHandler deadLettering) {
            this.binding = binding;
            this.retrying = retrying;
            this.deadLettering = deadLettering;
        }

        private DefaultErrorHandler forFailure(Exception failure) {
            if (!ConsumerFailures.isTransient(failure)) return deadLettering;
            health.retrying(binding, failure);
            log.warn("Binding {}: transient failure, retrying the same record: {}", binding,
                    ConsumerFailures.reason(failure).toString());
            return retrying;
        }

        @Override
        public boolean seeksAfterHandling() {
            return true;
        }

        @Override
        public boolean handleOne(Exception failure, ConsumerRecord<?, ?> record, Consumer<?, ?> consumer,
                                 MessageListenerContainer container) {
            return forFailure(failure).handleOne(failure, record, consumer, container);
        }

        @Override
        public void handleRemaining(Exception failure, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
                                    MessageListenerContainer container) {
            forFailure(failure).handleRemaining(failure, records, consumer, container);
        }

        @Override
        public void handleBatch(Exception failure, ConsumerRecords<?, ?> records, Consumer<?, ?> consumer,
                                MessageListenerContainer container, Runnable invokeListener) {
            forFailure(failure).handleBatch(failure, records, consumer, container, invokeListener);
        }

        @Override
        public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(Exception failure,
                ConsumerRecords<?, ?> records, Consumer<?, ?> consumer, MessageListenerContainer container,
                Runnable invokeListener) {
            return forFailure(failure).handleBatchAndReturnRemaining(failure, records, consumer, container,
                    invokeListener);
        }

        @Override
        public void handleOtherException(Exception failure, Consumer<?, ?> consumer,
                                         MessageListenerContainer container, boolean batchListener) {
            retrying.handleOtherException(failure, consumer, container, batchListener);
        }

        @Override
        public int deliveryAttempt(TopicPartitionOffset topicPartitionOffset) {
            return retrying.deliveryAttempt(topicPartitionOffset);
        }

        @Override
        public void clearThreadState() {
            retrying.clearThreadState();
            deadLettering.clearThreadState();
        }

        @Override
        public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
                                         Runnable publishPause) {
            retrying.onPartitionsAssigned(consumer, partitions, publishPause);
            deadLettering.onPartitionsAssigned(consumer, partitions, publishPause);
        }
    }
}
