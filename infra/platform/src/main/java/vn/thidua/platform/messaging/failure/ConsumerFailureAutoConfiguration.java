package vn.thidua.platform.messaging.failure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import vn.thidua.platform.messaging.DurableProducers;
import vn.thidua.platform.messaging.KafkaConnection;

import java.time.Clock;

/** The consumers' failure policy, their health and the dead-letter replay, for every service (see the README). */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder")
public class ConsumerFailureAutoConfiguration {

    @Bean
    public ConsumerHealth consumersHealthIndicator(ObjectProvider<Clock> clock) {
        return new ConsumerHealth(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public ConsumerFailurePolicy consumerFailurePolicy(ConsumerHealth health,
            Environment environment, @Value("${spring.application.name}") String applicationName) {
        return new ConsumerFailurePolicy(DurableProducers.bytes(KafkaConnection.of(environment),
                applicationName + "-dead-letters"),
                health);
    }

    @Bean
    public DeadLetterReplay deadLetterReplay(ConsumerFailurePolicy policy, BeanFactory beans,
                                             Environment environment) {
        return new DeadLetterReplay(policy, beans, KafkaConnection.of(environment));
    }

    @Bean
    public DeadLetterController deadLetterController(DeadLetterReplay replay) {
        return new DeadLetterController(replay);
    }

    @Bean
    public DeadLetterAccessRules deadLetterAccessRules() {
        return new DeadLetterAccessRules();
    }
}
