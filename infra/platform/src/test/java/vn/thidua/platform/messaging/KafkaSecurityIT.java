package vn.thidua.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import vn.thidua.embedded.ChildProcesses;
import vn.thidua.embedded.EmbeddedKafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docker-compose.yml's Kafka security on a real broker: its listener settings (SASL PLAIN for brokers and the
 * administrator, SCRAM-SHA-512 for clients, the standard authorizer, nothing without an ACL), set up by compose's own
 * script {@code infra/docker/kafka-security.sh} through the Kafka tools, and reached by {@link KafkaConnection} as a
 * service would: each service writes only its own topic, a subscriber only reads, a wrong password gets nothing.
 */
class KafkaSecurityIT {

    private static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"broker\" password=\"b7roker\" user_broker=\"b7roker\" user_admin=\"a7dmin\";";
    private static final Map<String, String> PASSWORDS = Map.of("ADMIN_PASSWORD", "a7dmin",
            "REGISTRATION_PASSWORD", "r7eg", "REVIEW_PASSWORD", "r7ev", "AWARD_PASSWORD", "a7wd",
            "REPORTING_PASSWORD", "r7ep", "SUBSCRIBER_PASSWORD", "s7ub");

    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startASecuredBrokerAndRunTheScript() throws Exception {
        Map<String, String> server = new HashMap<>();
        server.put("listener.security.protocol.map", "PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        server.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512");
        server.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        server.put("sasl.mechanism.controller.protocol", "PLAIN");
        server.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        server.put("listener.name.controller.plain.sasl.jaas.config", PLAIN);
        server.put("listener.name.plaintext.plain.sasl.jaas.config", PLAIN);
        server.put("listener.name.plaintext.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        server.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        server.put("super.users", "User:broker;User:admin");
        server.put("allow.everyone.if.no.acl.found", "false");
        server.put("auto.create.topics.enable", "false");
        kafka = EmbeddedKafka.builder().dataDir(dir.resolve("kafka")).serverProperties(server)
                .clientProperties(Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                                + " username=\"admin\" password=\"a7dmin\";"))
                .build().start();
        assertThat(script("setup")).isZero();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
    }

    @Test
    void eachServiceWritesItsOwnTopicOnly() throws Exception {
        send("registration", "r7eg", "thidua.registration");
        assertThatThrownBy(() -> send("registration", "r7eg", "thidua.review"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        send("review", "r7ev", "thidua.review");
        assertThatThrownBy(() -> send("reporting", "r7ep", "thidua.award"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        send("reporting", "r7ep", "thidua.reporting.dlq");
    }

    @Test
    void aSubscriberReadsTheEventTopicsInItsOwnGroupsAndWritesNothing() throws Exception {
        send("award", "a7wd", "thidua.award");
        assertThat(read("subscriber", "s7ub", "subscriber.bo-noi-vu", "thidua.award")).isNotEmpty();
        assertThatThrownBy(() -> read("subscriber", "s7ub", "award-service", "thidua.award"))
                .isInstanceOf(GroupAuthorizationException.class);
        send("award", "a7wd", "thidua.award.dlq");
        assertThat(readOrRefused("subscriber", "s7ub", "subscriber.x", "thidua.award.dlq")).isEmpty();
        // refused as a writer at all (an idempotent producer needs Write on some topic), so also on this one; the
        // producer may record the refusal before the send and then fail it as "in an error state", caused by it
        assertThatThrownBy(() -> send("subscriber", "s7ub", "thidua.award"))
                .hasRootCauseInstanceOf(ClusterAuthorizationException.class);
    }

    @Test
    void aWrongPasswordGetsNothing() {
        assertThatThrownBy(() -> send("registration", "guessed", "thidua.registration"))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void theBrokersHealthCheckSignsInAsTheAdministrator() throws Exception {
        assertThat(script("health")).isZero();
    }

    private static Map<String, Object> client(String user, String password) {
        return KafkaConnection.of(new MockEnvironment()
                .withProperty("thidua.kafka.bootstrap-servers", kafka.bootstrapServers())
                .withProperty("thidua.kafka.sasl.username", user)
                .withProperty("thidua.kafka.sasl.password", password)).clientProperties();
    }

    private static void send(String user, String password, String topic) throws Exception {
        Map<String, Object> config = client(user, password);
        config.put("max.block.ms", 10_000);
        config.put("delivery.timeout.ms", 15_000);
        config.put("request.timeout.ms", 5_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "D464", "{}")).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e;
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new ExecutionException(e);
        }
    }

    private static List<ConsumerRecord<String, String>> read(String user, String password, String group, String topic) {
        Map<String, Object> config = client(user, password);
        config.put("group.id", group);
        config.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** What the user reads, or nothing when the broker refuses the topic (the consumer may throw or just stay empty). */
    private static List<ConsumerRecord<String, String>> readOrRefused(String user, String password, String group,
                                                                      String topic) {
        try {
            return read(user, password, group, topic);
        } catch (TopicAuthorizationException refused) {
            return List.of();
        }
    }

    /** Runs compose's script with the Kafka tools of this class path standing in for /opt/kafka/bin. */
    private static int script(String command) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path logback = dir.resolve("tools-logback.xml");
        Files.writeString(logback, "<configuration><root level=\"OFF\"/></configuration>");
        List<String> java = new ArrayList<>(List.of(ChildProcesses.javaBinary(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Dlogback.configurationFile=" + logback));
        java.addAll(ChildProcesses.classpathArguments(ChildProcesses.effectiveClasspath(), dir.resolve("tools.args")));
        Map<String, String> tools = Map.of("kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
                "kafka-configs.sh", "kafka.admin.ConfigCommand", "kafka-acls.sh", "kafka.admin.AclCommand",
                "kafka-broker-api-versions.sh", "kafka.admin.BrokerApiVersionsCommand");
        for (var tool : tools.entrySet()) {
            Path wrapper = bin.resolve(tool.getKey());
            Files.writeString(wrapper, "#!/bin/sh\nexec " + String.join(" ", java.stream().map(a -> "'" + a + "'").toList())
                    + " $KAFKA_HEAP_OPTS " + tool.getValue() + " \"$@\"\n", StandardCharsets.UTF_8);
            wrapper.toFile().setExecutable(true);
        }
        Path script = Path.of("").toAbsolutePath().resolve("../docker/kafka-security.sh").normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(command + ".log").toFile());
        builder.environment().putAll(PASSWORDS);
        builder.environment().putAll(Map.of("KAFKA_BIN", bin.toString(), "KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                "KAFKA_REPLICATION_FACTOR", "1", "KAFKA_MIN_INSYNC_REPLICAS", "1"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) process.destroyForcibly();
        System.out.println("[thidua-test] kafka-security.sh " + command + ":\n"
                + Files.readString(dir.resolve(command + ".log")));
        return process.exitValue();
    }
}
