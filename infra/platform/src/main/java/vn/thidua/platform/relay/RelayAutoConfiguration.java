package vn.thidua.platform.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.core.env.Environment;
import vn.thidua.platform.messaging.DurableProducers;
import vn.thidua.platform.messaging.KafkaConnection;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Publishes the service's events to its topic, for a service that declares an {@link IntegrationEventMapper}. */
@AutoConfiguration(afterName = "vn.thidua.platform.eventsourcing.EventSourcingAutoConfiguration")
@ConditionalOnClass(EventHandler.class)
@ConditionalOnBean(IntegrationEventMapper.class)
public class RelayAutoConfiguration {

    /** Durable (see {@link DurableProducers}): an acknowledged event is on every in-sync replica exactly once. */
    @Bean
    public ProducerFactory<byte[], byte[]> relayProducerFactory(
            Environment environment, @Value("${spring.application.name}") String applicationName) {
        return DurableProducers.bytes(KafkaConnection.of(environment), applicationName + "-relay");
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

    /**
     * The service's topic keeps every event (no time or size based deletion): it is the replay log. Its copies
     * ({@code thidua.kafka.replication-factor}) and the copies a write needs ({@code thidua.kafka.min-insync-replicas})
     * are configuration: 1 and 1 on one broker, 3 and 2 on compose's three.
     */
    @Bean
    public NewTopic relayTopic(@Value("${thidua.relay.topic}") String topic,
                               @Value("${thidua.relay.partitions:3}") int partitions,
                               @Value("${thidua.kafka.replication-factor}") short replicationFactor,
                               @Value("${thidua.kafka.min-insync-replicas}") int minInSyncReplicas) {
        return new NewTopic(topic, partitions, replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInSyncReplicas)));
    }
}
