package vn.thidua.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the profile prod a service does not start with a missing or development secret, nor with open metrics. */
class ProductionSecretsTest {

    @Configuration(proxyBeanMethods = false)
    static class Service {
    }

    static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplication(Service.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(arguments);
    }

    @Test
    void refusesTheDefaultDatabasePasswordInProd() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--thidua.postgres.database=registration"))
                .hasMessageContaining("Refusing to start in the profile 'prod'")
                .hasMessageContaining("thidua.postgres.password (THIDUA_POSTGRES_PASSWORD)");
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--thidua.postgres.database=registration",
                "--thidua.postgres.password=thidua"))
                .hasMessageContaining("thidua.postgres.password (THIDUA_POSTGRES_PASSWORD) is a development default");
    }

    @Test
    void aServiceWithPagesNeedsItsOwnClientSecret() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("thidua.security.pages.client-secret", "thidua-pages-secret",
                        "thidua.kafka.sasl.username", "review", "thidua.kafka.sasl.password", "Hq4-ee1",
                        "thidua.mongo.uri", "mongodb://review:Tt6-pq2@mongo:27017/")));
        assertThat(ProductionSecrets.problems(environment, true)).containsExactly(
                "thidua.security.pages.client-secret (THIDUA_SECURITY_PAGES_CLIENTSECRET) is a development default");
        assertThat(ProductionSecrets.problems(environment, false)).isEmpty();

        environment.getPropertySources().addFirst(new MapPropertySource("own",
                Map.of("thidua.security.pages.client-secret", "Zr7-wq91")));
        assertThat(ProductionSecrets.problems(environment, true)).isEmpty();
    }

    @Test
    void refusesOpenMetricsInProd() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--thidua.security.metrics.open=true"))
                .hasMessageContaining("thidua.security.metrics.open");
    }

    @Test
    void kafkaAndMongoNeedTheServicesOwnCredentialsInProd() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("dev",
                Map.of("thidua.mongo.uri", "mongodb://localhost:27017")));
        assertThat(ProductionSecrets.problems(environment, false)).containsExactly(
                "thidua.kafka.sasl.username (THIDUA_KAFKA_SASL_USERNAME) is not set",
                "thidua.kafka.sasl.password (THIDUA_KAFKA_SASL_PASSWORD) is not set",
                "thidua.mongo.uri (THIDUA_MONGO_URI) names no user and password");

        environment.getPropertySources().addFirst(new MapPropertySource("defaults", Map.of(
                "thidua.kafka.sasl.username", "review", "thidua.kafka.sasl.password", "changeme",
                "thidua.mongo.uri", "mongodb://review:thidua@mongo:27017/thidua_review?replicaSet=rs0")));
        assertThat(ProductionSecrets.problems(environment, false)).containsExactly(
                "thidua.kafka.sasl.password (THIDUA_KAFKA_SASL_PASSWORD) is a development default",
                "thidua.mongo.uri (THIDUA_MONGO_URI) has a development default password");

        environment.getPropertySources().addFirst(new MapPropertySource("own", Map.of(
                "thidua.kafka.sasl.password", "q1W-7zx",
                "thidua.mongo.uri", "mongodb://review:p%40ss-9Lk@mongo:27017/thidua_review?replicaSet=rs0")));
        assertThat(ProductionSecrets.problems(environment, false)).isEmpty();
    }

    @Test
    void startsInProdWithItsOwnSecrets() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=prod",
                "--thidua.postgres.database=registration", "--thidua.postgres.password=k8#pL-2vQ",
                "--thidua.security.pages.client-secret=Zr7-wq91", "--thidua.kafka.sasl.username=registration",
                "--thidua.kafka.sasl.password=Hq4-ee1",
                "--thidua.mongo.uri=mongodb://registration:Tt6-pq2@mongo:27017/?replicaSet=rs0")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void outsideProdTheDevelopmentDefaultsStillStart() {
        try (ConfigurableApplicationContext context = start("--thidua.postgres.database=registration")) {
            assertThat(context.getEnvironment().getProperty("thidua.postgres.password")).isEqualTo("thidua");
        }
    }
}
