package vn.thidua.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The inbound reader every consumer decodes its records with. */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.messaging.Message")
public class MessagingAutoConfiguration {

    @Bean
    public InboundEvents inboundEvents(ObjectMapper json, ObjectProvider<MeterRegistry> meters) {
        return new InboundEvents(json, meters.getIfAvailable(() -> Metrics.globalRegistry));
    }
}
