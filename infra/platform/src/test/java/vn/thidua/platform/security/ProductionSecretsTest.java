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
                Map.of("thidua.security.pages.client-secret", "thidua-pages-secret")));
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
    void startsInProdWithItsOwnSecrets() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=prod",
                "--thidua.postgres.database=registration", "--thidua.postgres.password=k8#pL-2vQ",
                "--thidua.security.pages.client-secret=Zr7-wq91")) {
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
