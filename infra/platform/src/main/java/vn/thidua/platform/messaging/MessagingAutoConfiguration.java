package vn.thidua.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.util.Map;

/** The inbound reader every consumer decodes its records with. */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.messaging.Message")
public class MessagingAutoConfiguration {

    @Bean
    public InboundEvents inboundEvents(ObjectMapper json, ObjectProvider<MeterRegistry> meters, Environment environment) {
        Map<String, String> aliases = Binder.get(environment)
                .bind("thidua.messaging.topic-aliases", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return new InboundEvents(json, meters.getIfAvailable(() -> Metrics.globalRegistry), aliases);
    }
}
