package vn.thidua.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.embedded.InfrastructureServers;
import vn.thidua.embedded.Ports;
import vn.thidua.testsupport.Infrastructure;

/** The launcher with fake services started as separate JVMs, against real infrastructure. */
class LocalStackTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path root;

    @Test
    void startsInfrastructureAndServicesRestartsPartsAndKeepsDataAcrossRuns() throws Exception {
        Path dataDir = root.resolve("data");
        LocalStack.Options options = new LocalStack.Options()
                .root(root)
                .randomPorts()
                .services("alpha-service", "beta-service")
                .extraArgs("alpha-service", "--thidua.extra=1")
                .commandFactory(FakeService.command());

        long started = System.nanoTime();
        int alphaPort;
        try (RunningStack stack = LocalStack.start(options)) {
            System.out.printf("[thidua-test] self-started stack with 2 fake services up in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            System.out.print(stack.summary());
            InfrastructureServers infrastructure = stack.infrastructure();
            assertEquals(dataDir, stack.dataDir());
            assertThat(dataDir.resolve("kafka/meta.properties")).exists();
            assertThat(dataDir.resolve("mongo/mongo.mv")).exists();
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

            alphaPort = stack.servicePort("alpha");
            assertEquals("http://localhost:" + alphaPort, stack.serviceUrl("alpha-service"));
            assertThat(get(stack.serviceUrl("beta") + "/actuator/health")).contains("\"UP\"");
            String args = get(stack.serviceUrl("alpha-service") + "/args");
            assertThat(args.lines()).contains("-Xmx384m", "--server.port=" + alphaPort, "--thidua.extra=1");
            // this machine only, unless --bind says otherwise; metrics open on the laptop only
            assertThat(args.lines()).contains("--server.address=127.0.0.1", "--thidua.security.metrics.open=true");
            infrastructure.springProperties().forEach((key, value) -> assertThat(args.lines()).contains("--" + key + "=" + value));
            assertThat(Files.readString(stack.logFile("alpha"))).contains("fake service listening on " + alphaPort);
            // the identity provider starts first; every service trusts it as its issuer
            String identity = stack.serviceUrl(LocalStack.IDENTITY);
            assertThat(args.lines()).contains("--thidua.security.issuer-uri=" + identity);
            String identityArgs = get(identity + "/args");
            assertThat(identityArgs.lines()).contains("--thidua.identity.issuer=" + identity,
                    "--thidua.identity.key-file=" + dataDir.resolve("identity/signing-key.json"),
                    "--server.address=127.0.0.1", "--spring.profiles.active=demo");
            assertThat(identityArgs).contains("http://localhost:" + alphaPort + "/login/oauth2/code/thidua",
                    stack.serviceUrl("beta") + "/login/oauth2/code/thidua");
            assertThat(stack.services()).containsExactly(LocalStack.IDENTITY, "alpha-service", "beta-service");
            assertThat(stack.summary()).contains(identity + "/.well-known/openid-configuration");
            assertThat(stack.summary()).contains(stack.serviceUrl("beta") + "/swagger-ui.html",
                    infrastructure.kafkaBootstrapServers(), infrastructure.jdbcUrl("review"), infrastructure.mongoUri());

            // one service down and back on the same port
            stack.stopService("alpha");
            assertFalse(stack.isServiceRunning("alpha"));
            assertTrue(Ports.isFree(alphaPort));
            stack.startService("alpha");
            assertThat(get("http://localhost:" + alphaPort + "/actuator/health")).contains("\"UP\"");
            assertThat(Files.readString(stack.logFile("alpha"))).contains("fake service stopping");

            // Kafka down and back
            stack.stopKafka();
            assertFalse(Ports.isListening("localhost", Integer.parseInt(infrastructure.kafkaBootstrapServers().split(":")[1]), 500));
            stack.startKafka();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            }

            // MongoDB down and back on the same port
            int mongoPort = Integer.parseInt(infrastructure.mongoUri().substring(infrastructure.mongoUri().lastIndexOf(':') + 1));
            stack.stopMongo();
            assertFalse(Ports.isListening("localhost", mongoPort, 500));
            stack.startMongo();
            assertTrue(Ports.isListening("localhost", mongoPort, 2000));

            // a frozen service answers nothing until it may go on
            stack.pauseService("beta");
            assertThrows(HttpTimeoutException.class, () -> get(stack.serviceUrl("beta") + "/actuator/health"));
            stack.resumeService("beta");
            assertThat(get(stack.serviceUrl("beta") + "/actuator/health")).contains("\"UP\"");

            execute(infrastructure, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('Dân vận khéo')");
        }
        assertTrue(Ports.isFree(alphaPort), "services are stopped by close()");

        // second run on the same data
        try (RunningStack stack = LocalStack.start(options)) {
            try (Connection connection = DriverManager.getConnection(stack.infrastructure().jdbcUrl("registration"),
                    "thidua", "thidua");
                 Statement statement = connection.createStatement();
                 ResultSet resultSet = statement.executeQuery("SELECT name FROM kept")) {
                assertTrue(resultSet.next());
                assertEquals("Dân vận khéo", resultSet.getString(1));
            }
        }
    }

    @Test
    void closingStopsWhatAServiceStartedToo() throws Exception {
        Path pidFile = root.resolve("child.pid");
        LocalStack.Options options = new LocalStack.Options()
                .root(root)
                .randomPorts()
                .infrastructure(Infrastructure.shared())
                .identityProvider(false)
                .services("parent-service")
                .extraArgs("parent-service", "--fake.child-pid-file=" + pidFile)
                .commandFactory(FakeService.command());

        ProcessHandle child;
        try (RunningStack stack = LocalStack.start(options)) {
            child = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).orElseThrow();
            assertThat(child.isAlive()).isTrue();
        }
        assertThat(child.isAlive()).as("the service's child %s outlived the stack", child.pid()).isFalse();
    }

    @Test
    void aServiceThatDiesFailsTheStartWithItsNameAndLogTailAndEverythingIsStopped() {
        Infrastructure infrastructure = Infrastructure.shared();
        LocalStack.Options options = new LocalStack.Options()
                .root(root)
                .randomPorts()
                .infrastructure(infrastructure)
                .identityProvider(false)
                .services("ok-service", "broken-service")
                .extraArgs("broken-service", "--fake.mode=exit")
                .commandFactory(FakeService.command());

        ServiceStartException failure = assertThrows(ServiceStartException.class, () -> LocalStack.start(options));

        assertEquals("broken-service", failure.service());
        assertThat(failure.getMessage())
                .startsWith("Dịch vụ broken-service không khởi động được / Service broken-service failed to start: exited with code 3")
                .contains("data/logs/broken-service.log");
        assertThat(failure.logTail().lines()).hasSize(30).contains("fake failure line 40").doesNotContain("fake failure line 10");
        assertEquals(1, failure.exitCode());
        assertThat(root.resolve("data/logs/ok-service.log")).content().contains("fake service stopping");
        // an infrastructure the stack did not start stays up
        assertTrue(Ports.isListening("localhost", Integer.parseInt(infrastructure.kafkaBootstrapServers().split(":")[1]), 1000));
    }

    @Test
    void aServiceThatNeverGetsHealthyFailsAfterTheDeadline() {
        LocalStack.Options options = new LocalStack.Options()
                .root(root)
                .randomPorts()
                .infrastructure(Infrastructure.shared())
                .identityProvider(false)
                .services("sick-service")
                .extraArgs("sick-service", "--fake.mode=down")
                .healthTimeout(Duration.ofSeconds(3))
                .commandFactory(FakeService.command());

        ServiceStartException failure = assertThrows(ServiceStartException.class, () -> LocalStack.start(options));

        assertEquals("sick-service", failure.service());
        assertThat(failure.getMessage()).contains("not healthy").contains("within 3 s").contains("fake service listening");
    }

    @Test
    void registrationRunsWithTheDemoProfileWhenDemoDataIsLoaded() {
        Map<String, String> infrastructure = Map.of("thidua.mongo.uri", "mongodb://localhost:27017",
                "thidua.kafka.bootstrap-servers", "localhost:9092");

        assertThat(LocalStack.serviceArguments("registration-service", 8081, infrastructure,
                "http://localhost:9000", true, List.of("--thidua.extra=1"))).containsExactly(
                "--server.port=8081",
                "--thidua.kafka.bootstrap-servers=localhost:9092",
                "--thidua.mongo.uri=mongodb://localhost:27017",
                "--thidua.security.issuer-uri=http://localhost:9000",
                "--spring.profiles.active=demo",
                "--thidua.extra=1");
    }

    @Test
    void withoutDemoDataNoServiceRunsWithTheDemoProfile() {
        for (String service : LocalStack.SERVICES) {
            assertThat(LocalStack.serviceArguments(service, 8081, Map.of(), null, false, List.of()))
                    .containsExactly("--server.port=8081");
        }
    }

    @Test
    void onlyRegistrationAndAwardRunWithTheDemoProfile() {
        for (String service : List.of("award-service")) {
            assertThat(LocalStack.serviceArguments(service, 8083, Map.of(), null, true, List.of()))
                    .contains("--spring.profiles.active=demo");
            assertThat(LocalStack.serviceArguments(service, 8083, Map.of(), null, false, List.of()))
                    .noneMatch(argument -> argument.contains("profiles"));
        }
        for (String service : List.of("review-service", "reporting-service")) {
            assertThat(LocalStack.serviceArguments(service, 8082, Map.of(), null, true, List.of()))
                    .noneMatch(argument -> argument.contains("profiles"));
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static void execute(InfrastructureServers infrastructure, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("registration"), "thidua", "thidua");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
