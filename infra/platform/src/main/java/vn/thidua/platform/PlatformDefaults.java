package vn.thidua.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import vn.thidua.platform.messaging.KafkaConnection;

import java.util.HashMap;
import java.util.Map;

/**
 * Defaults every service shares, at the lowest precedence: a service's application.yml, environment
 * variables (THIDUA_KAFKA_BOOTSTRAP_SERVERS, THIDUA_POSTGRES_HOST, THIDUA_MONGO_URI, ...) and command-line
 * arguments override them. Keeping them here keeps the four services configured alike.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("thidua.kafka.bootstrap-servers", "localhost:9092");
        defaults.put("thidua.postgres.host", "localhost");
        defaults.put("thidua.postgres.port", "5432");
        defaults.put("thidua.postgres.username", "thidua");
        defaults.put("thidua.postgres.password", "thidua");
        defaults.put("thidua.mongo.uri", "mongodb://localhost:27017");

        defaults.put("spring.datasource.url",
                "jdbc:postgresql://${thidua.postgres.host}:${thidua.postgres.port}/${thidua.postgres.database}");
        defaults.put("spring.datasource.username", "${thidua.postgres.username}");
        defaults.put("spring.datasource.password", "${thidua.postgres.password}");
        defaults.put("spring.datasource.hikari.maximum-pool-size", "8");
        defaults.put("spring.flyway.locations", "classpath:db/axon,classpath:db/migration");
        defaults.put("spring.data.mongodb.uri", "${thidua.mongo.uri}");
        defaults.put("spring.data.mongodb.database", "thidua_${spring.application.name}");
        defaults.put("spring.kafka.bootstrap-servers", "${thidua.kafka.bootstrap-servers}");
        defaults.put("spring.cloud.stream.kafka.binder.brokers", "${thidua.kafka.bootstrap-servers}");
        defaults.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
        // copies of each topic a service creates, and copies a write needs (compose: 3 brokers, 3 and 2)
        defaults.put("thidua.kafka.replication-factor", "1");
        defaults.put("thidua.kafka.min-insync-replicas", "1");
        defaults.put("spring.cloud.stream.kafka.binder.replication-factor", "${thidua.kafka.replication-factor}");

        // SASL/SCRAM outside the local stack (thidua.kafka.sasl.*): the binder's and Boot's clients as the platform's
        KafkaConnection.of(environment).security().forEach((key, value) -> {
            defaults.put("spring.kafka.properties." + key, value);
            defaults.put("spring.cloud.stream.kafka.binder.configuration." + key, value);
        });

        defaults.put("axon.axonserver.enabled", "false");
        defaults.put("axon.serializer.general", "jackson");
        defaults.put("axon.serializer.events", "jackson");
        defaults.put("axon.serializer.messages", "jackson");
        defaults.put("axon.eventhandling.processors.relay.mode", "tracking");
        defaults.put("axon.eventhandling.processors.relay.thread-count", "1");
        // a batch of events shares one wait for the broker and one token write (one fsync) instead of one each
        defaults.put("axon.eventhandling.processors.relay.batch-size", "100");

        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // DEGRADED: a consumer holds its partition while it retries a transient failure (ConsumerHealth); 200
        defaults.put("management.endpoint.health.status.order", "DOWN,OUT_OF_SERVICE,DEGRADED,UP,UNKNOWN");
        // Boot's MongoDB indicator sends 'hello', unknown to the local stack's stand-in: MongoPingHealthIndicator instead
        defaults.put("management.health.mongo.enabled", "false");
        defaults.put("management.info.env.enabled", "true");
        defaults.put("spring.mvc.problemdetails.enabled", "false");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        // the published API is /api/**; the pages are for people, not for the OpenAPI document
        defaults.put("springdoc.paths-to-match", "/api/**");
        defaults.put("spring.jackson.default-property-inclusion", "non_null");
        // cookies are per host, not per port: on one machine (localhost:8081…8084 and the identity provider on
        // 9000) a shared JSESSIONID would make each sign-in overwrite the others' sessions
        defaults.put("server.servlet.session.cookie.name", "THIDUA_${spring.application.name}");
        defaults.put("server.servlet.session.cookie.http-only", "true");
        defaults.put("server.servlet.session.cookie.same-site", "lax");
        defaults.put("logging.level.org.apache.kafka", "WARN");
        defaults.put("logging.level.org.axonframework.eventhandling.TrackingEventProcessor", "WARN");
        environment.getPropertySources().addLast(new MapPropertySource("thiduaPlatformDefaults", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
