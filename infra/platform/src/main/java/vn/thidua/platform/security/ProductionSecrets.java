package vn.thidua.platform.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * In the Spring profile {@value #PROFILE} a service refuses to start while a secret is missing or still a
 * development default (database password {@code thidua}, the pages' client secret {@code thidua-pages-secret}) or
 * while the metrics are open. The message names the properties, never their values.
 */
public class ProductionSecrets implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "prod";

    static final Set<String> DEVELOPMENT_DEFAULTS = Set.of("thidua", "thidua-pages-secret", "admin", "changeme");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) return;
        List<String> problems = problems(environment, ClassUtils.isPresent("org.thymeleaf.spring6.SpringTemplateEngine",
                ProductionSecrets.class.getClassLoader()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the profile '" + PROFILE + "': "
                    + String.join("; ", problems) + " (set them in the environment, e.g. the .env of docker-compose)");
        }
    }

    /** What is wrong with the environment's secrets, one line per property; empty when all is set. */
    static List<String> problems(ConfigurableEnvironment environment, boolean hasPages) {
        List<String> problems = new ArrayList<>();
        if (environment.containsProperty("thidua.postgres.database")) {
            secret(environment, "thidua.postgres.password", "THIDUA_POSTGRES_PASSWORD", problems);
        }
        if (hasPages) {
            secret(environment, "thidua.security.pages.client-secret", "THIDUA_SECURITY_PAGES_CLIENTSECRET", problems);
        }
        if (environment.getProperty("thidua.security.metrics.open", Boolean.class, false)) {
            problems.add("thidua.security.metrics.open is true (metrics are for the local stack only without a"
                    + " credential)");
        }
        return problems;
    }

    private static void secret(ConfigurableEnvironment environment, String property, String variable,
                               List<String> problems) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            problems.add(property + " (" + variable + ") is not set");
        } else if (DEVELOPMENT_DEFAULTS.contains(value.trim())) {
            problems.add(property + " (" + variable + ") is a development default");
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files (and so the active profiles) are known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
