package vn.thidua.platform.messaging;

import org.springframework.core.env.PropertyResolver;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every Kafka client of a service connects: {@code thidua.kafka.bootstrap-servers} and, when
 * {@code thidua.kafka.sasl.username} is set (compose), SASL/SCRAM with {@code thidua.kafka.sasl.password}
 * ({@code thidua.kafka.sasl.mechanism}, default SCRAM-SHA-512; {@code thidua.kafka.security-protocol}, default
 * SASL_PLAINTEXT). The binder gets the same through {@code PlatformDefaults}.
 */
public record KafkaConnection(String bootstrapServers, Map<String, Object> security) {

    public static final String USERNAME = "thidua.kafka.sasl.username";
    public static final String PASSWORD = "thidua.kafka.sasl.password";

    public KafkaConnection {
        security = Map.copyOf(security);
    }

    public static KafkaConnection of(PropertyResolver environment) {
        String servers = environment.getProperty("thidua.kafka.bootstrap-servers", "localhost:9092");
        String username = environment.getProperty(USERNAME, "");
        if (username.isBlank()) return new KafkaConnection(servers, Map.of());
        String mechanism = environment.getProperty("thidua.kafka.sasl.mechanism", "SCRAM-SHA-512");
        String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        Map<String, Object> security = new LinkedHashMap<>();
        security.put("security.protocol", environment.getProperty("thidua.kafka.security-protocol", "SASL_PLAINTEXT"));
        security.put("sasl.mechanism", mechanism);
        security.put("sasl.jaas.config", module + " required username=\"" + quoted(username) + "\" password=\""
                + quoted(environment.getProperty(PASSWORD, "")) + "\";");
        return new KafkaConnection(servers, security);
    }

    /** Bootstrap servers and security, to which a client adds its own settings. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new LinkedHashMap<>(security);
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }

    /** {@link #clientProperties()} with a client's own settings added. */
    public Map<String, Object> with(Map<String, Object> settings) {
        Map<String, Object> properties = clientProperties();
        properties.putAll(settings);
        return properties;
    }

    /** JAAS option values are double-quoted strings: a quote or a backslash in a secret is escaped. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return "KafkaConnection[" + bootstrapServers + (security.isEmpty() ? "" : ", " + security.get("sasl.mechanism"))
                + "]";
    }
}
