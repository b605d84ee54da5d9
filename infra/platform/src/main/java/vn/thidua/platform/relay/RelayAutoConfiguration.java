package vn.thidua.platform.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/** Publishes the service's events to its topic, for a service that declares an {@link IntegrationEventMapper}. */
@AutoConfiguration(afterName = "vn.thidua.platform.eventsourcing.EventSourcingAutoConfiguration")
@ConditionalOnClass(EventHandler.class)
@ConditionalOnBean(IntegrationEventMapper.class)
public class RelayAutoConfiguration {

    /**
     * Durability is set here, not left to defaults (the binder's default is acks=1 without retries):
     * acks=all with idempotence, so an acknowledged event is on every in-sync replica exactly once.
     * Short blocking and delivery timeouts let a send to an absent broker fail fast; the relay then retries.
     */
    @Bean
    public ProducerFactory<byte[], byte[]> relayProducerFactory(
            @Value("${thidua.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${spring.application.name}") String applicationName) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    public KafkaTemplate<byte[], byte[]> relayKafkaTemplate(ProducerFactory<byte[], byte[]> relayProducerFactory) {
        return new KafkaTemplate<>(relayProducerFactory);
    }

    @Bean
    public EventRelay eventRelay(List<IntegrationEventMapper> mappers, KafkaTemplate<byte[], byte[]> relayKafkaTemplate,
                                 ObjectMapper objectMapper,
                                 @Value("${spring.application.name}") String applicationName) {
        return new EventRelay(IntegrationEventMapper.firstOf(mappers), relayKafkaTemplate, objectMapper, "/thidua/" + applicationName,
                Duration.ofSeconds(20));
    }

    /** The service's topic keeps every event (no time or size based deletion): it is the replay log. */
    @Bean
    public NewTopic relayTopic(@Value("${thidua.relay.topic}") String topic,
                               @Value("${thidua.relay.partitions:3}") int partitions) {
        return new NewTopic(topic, partitions, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    }
}
