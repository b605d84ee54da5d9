package vn.thidua.platform.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

import vn.thidua.platform.messaging.KafkaConnection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In the Spring profile {@value #PROFILE} a service refuses to start while a secret is missing or still a
 * development default (database password {@code thidua}, the pages' client secret {@code thidua-pages-secret}), while
 * Kafka has no SASL credentials or the MongoDB URI no user, or while the metrics are open. The message names the properties, never their values.
 */
public class ProductionSecrets implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "prod";

    private static final Pattern USER_INFO = Pattern.compile("^mongodb(?:\\+srv)?://([^:@/]+):([^@/]*)@");

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
        // every service reads and writes Kafka and MongoDB: each with its own credentials
        secret(environment, KafkaConnection.USERNAME, "THIDUA_KAFKA_SASL_USERNAME", problems);
        secret(environment, KafkaConnection.PASSWORD, "THIDUA_KAFKA_SASL_PASSWORD", problems);
        mongoCredentials(environment, problems);
        if (hasPages) {
            secret(environment, "thidua.security.pages.client-secret", "THIDUA_SECURITY_PAGES_CLIENTSECRET", problems);
        }
        if (environment.getProperty("thidua.security.metrics.open", Boolean.class, false)) {
            problems.add("thidua.security.metrics.open is true (metrics are for the local stack only without a"
                    + " credential)");
        }
        return problems;
    }

    /** The MongoDB URI must name a user and a password that is not a development default. */
    private static void mongoCredentials(ConfigurableEnvironment environment, List<String> problems) {
        String uri = environment.getProperty("thidua.mongo.uri");
        Matcher userInfo = USER_INFO.matcher(uri == null ? "" : uri);
        if (!userInfo.find()) {
            problems.add("thidua.mongo.uri (THIDUA_MONGO_URI) names no user and password");
        } else if (DEVELOPMENT_DEFAULTS.contains(URLDecoder.decode(userInfo.group(2), StandardCharsets.UTF_8))) {
            problems.add("thidua.mongo.uri (THIDUA_MONGO_URI) has a development default password");
        }
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
