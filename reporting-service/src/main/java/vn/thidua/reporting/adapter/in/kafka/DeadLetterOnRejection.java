package vn.thidua.reporting.adapter.in.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Error handling of the batch binding: a record rejected as malformed ({@link IllegalArgumentException} at a known
 * index) goes to the dead-letter topic at once, with the binder's {@code x-original-*} and {@code x-exception-*}
 * headers; the records after it are read again. Any other failure (store unreachable, timeout) retries the whole
 * batch with back-off and no limit: nothing moves past it and nothing is dead-lettered for it.
 */
@Component
public class DeadLetterOnRejection implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    static final String DLQ = "thidua.reporting.dlq";

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

    public DeadLetterOnRejection(@Value("${thidua.kafka.bootstrap-servers}") String bootstrapServers) {
        this.producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        configure(container, destinationName, group, dlqDestinationResolver, backOff, null);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                dlqDestinationResolver != null ? dlqDestinationResolver : (record, e) -> new TopicPartition(DLQ, -1));
        recoverer.setHeadersFunction(DeadLetterOnRejection::binderHeaders);
        ExponentialBackOff unlimited = new ExponentialBackOff();
        if (properties != null) {
            unlimited.setInitialInterval(properties.getBackOffInitialInterval());
            unlimited.setMaxInterval(properties.getBackOffMaxInterval());
            unlimited.setMultiplier(properties.getBackOffMultiplier());
        }
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, unlimited);
        handler.addNotRetryableExceptions(IllegalArgumentException.class);
        container.setCommonErrorHandler(handler);
    }

    /** The headers the binder's own dead-letter records carry, which operators and tests read. */
    private static RecordHeaders binderHeaders(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) cause = cause.getCause();
        RecordHeaders headers = new RecordHeaders();
        headers.add(header("x-original-topic", record.topic()));
        headers.add(new RecordHeader("x-original-partition",
                java.nio.ByteBuffer.allocate(4).putInt(record.partition()).array()));
        headers.add(new RecordHeader("x-original-offset",
                java.nio.ByteBuffer.allocate(8).putLong(record.offset()).array()));
        headers.add(header("x-exception-fqcn", cause.getClass().getName()));
        headers.add(header("x-exception-message", String.valueOf(cause.getMessage())));
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        headers.add(header("x-exception-stacktrace", trace.toString()));
        return headers;
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
