package vn.thidua.platform.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka clients connect in plain text on the local stack and with the service's SCRAM credentials in compose. */
class KafkaConnectionTest {

    @Test
    void withoutAUserTheClientsConnectInPlainText() {
        KafkaConnection connection = KafkaConnection.of(new MockEnvironment()
                .withProperty("thidua.kafka.bootstrap-servers", "localhost:19092"));
        assertThat(connection.clientProperties()).containsExactly(
                java.util.Map.entry("bootstrap.servers", "localhost:19092"));
    }

    @Test
    void aUserMeansScramWithAQuotedPassword() {
        KafkaConnection connection = KafkaConnection.of(new MockEnvironment()
                .withProperty("thidua.kafka.bootstrap-servers", "kafka-1:9092")
                .withProperty("thidua.kafka.sasl.username", "review")
                .withProperty("thidua.kafka.sasl.password", "a\"b\\c"));
        assertThat(connection.clientProperties())
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"review\" password=\"a\\\"b\\\\c\";");
        assertThat(connection.with(java.util.Map.of("client.id", "x"))).containsEntry("client.id", "x")
                .containsEntry("bootstrap.servers", "kafka-1:9092");
        assertThat(connection.toString()).doesNotContain("a\"b");
    }
}
