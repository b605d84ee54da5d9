package vn.thidua.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.embedded.Ports;

class PreflightTest {

    @TempDir
    Path root;

    @Test
    void aPortInUseGivesOneClearLineAndExitCode2() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = busy.getLocalPort();
            Map<Integer, String> ports = new LinkedHashMap<>();
            ports.put(Ports.freePort(), "PostgreSQL");
            ports.put(port, "Kafka");

            LocalStackException problem = Preflight.checkPortsFree(ports).orElseThrow();

            // the holder is named (here: this JVM)
            assertEquals("Cổng " + port + " đang được dùng (Kafka) / Port " + port
                    + " is already in use (Kafka) by " + Leftovers.describe(ProcessHandle.current())
                    + ": stop the process using it or free the port.", problem.getMessage());
            assertEquals(2, problem.exitCode());
            assertOneLineWithoutStackTrace(problem.getMessage());
        }
    }

    @Test
    void aPostgresOrKafkaLeftFromAnEarlierRunIsNamedByPidAndCommand() throws Exception {
        Path dataDir = root.resolve("data");
        Files.createDirectories(dataDir.resolve("postgres"));
        assertThat(Preflight.checkLeftovers(dataDir)).isEmpty();

        Process postmaster = new ProcessBuilder("sleep", "120").start();
        Process kafka = new ProcessBuilder("sh", "-c", "sleep 120; true", dataDir.resolve("kafka").toString()).start();
        try {
            Files.writeString(dataDir.resolve("postgres/postmaster.pid"), postmaster.pid() + "\n" + dataDir + "\n");

            LocalStackException problem = Preflight.checkLeftovers(dataDir).orElseThrow();

            assertThat(problem.getMessage()).contains("pid " + postmaster.pid() + " (").contains("sleep 120")
                    .contains("pid " + kafka.pid() + " (").contains(dataDir.resolve("kafka").toString())
                    .contains("kill " + postmaster.pid() + " " + kafka.pid());
            assertEquals(2, problem.exitCode());
            assertOneLineWithoutStackTrace(problem.getMessage());
        } finally {
            postmaster.destroyForcibly();
            kafka.descendants().forEach(ProcessHandle::destroyForcibly);
            kafka.destroyForcibly();
        }
        postmaster.waitFor();
        kafka.waitFor();
        assertThat(Preflight.checkLeftovers(dataDir)).as("a stale postmaster.pid alone is no leftover").isEmpty();
    }

    @Test
    void freePortsPass() {
        assertThat(Preflight.checkPortsFree(Map.of(Ports.freePort(), "MongoDB"))).isEmpty();
    }

    @Test
    void theLibraryRefusesToStartOnABusyServicePortAndStartsNothing() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            LocalStackException problem = assertThrows(LocalStackException.class, () -> LocalStack.start(new LocalStack.Options()
                    .root(root)
                    .infrastructurePorts(Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort())
                    .identityProvider(false)
                    .services("alpha-service")
                    .servicePort("alpha-service", busy.getLocalPort())
                    .commandFactory(FakeService.command())));
            assertThat(problem.getMessage()).startsWith("Cổng " + busy.getLocalPort() + " đang được dùng (alpha-service)");
            assertEquals(2, problem.exitCode());
            assertThat(root.resolve("data")).doesNotExist();
        }
    }

    @Test
    void aMissingIdentityProviderJarTellsToPackageFirstAndABuiltOneIsFound() throws Exception {
        LocalStackException problem = Preflight.checkIdentityJar(root).orElseThrow();
        assertThat(problem.getMessage()).contains("infra/identity/target/identity.jar")
                .endsWith("run ./mvnw -DskipTests package first.");
        assertEquals(2, problem.exitCode());
        assertOneLineWithoutStackTrace(problem.getMessage());

        Files.createDirectories(root.resolve("infra/identity/target"));
        Files.createFile(root.resolve("infra/identity/target/identity.jar"));
        assertThat(Preflight.checkIdentityJar(root)).isEmpty();
        assertThat(Preflight.findIdentityJar(root)).contains(root.resolve("infra/identity/target/identity.jar"));
    }

    @Test
    void aMissingServiceJarTellsToPackageFirst() throws Exception {
        Files.createDirectories(root.resolve("registration-service/target"));
        Files.createFile(root.resolve("registration-service/target/registration-service-0.1.0-SNAPSHOT.jar"));

        LocalStackException problem = Preflight.checkServiceJars(root, LocalStack.SERVICES).orElseThrow();

        assertThat(problem.getMessage())
                .contains("registration-service/target/registration-service-*-exec.jar")
                .endsWith("run ./mvnw -DskipTests package first.");
        assertEquals(2, problem.exitCode());
        assertOneLineWithoutStackTrace(problem.getMessage());
    }

    @Test
    void theExecJarOfEachServiceIsFound() throws Exception {
        for (String service : LocalStack.SERVICES) {
            Path target = Files.createDirectories(root.resolve(service).resolve("target"));
            Files.createFile(target.resolve(service + "-0.1.0-SNAPSHOT.jar"));
            Files.createFile(target.resolve(service + "-0.1.0-SNAPSHOT-exec.jar"));
        }
        assertThat(Preflight.checkServiceJars(root, LocalStack.SERVICES)).isEmpty();
        assertThat(Preflight.findServiceJar(root, "review-service").orElseThrow().getFileName())
                .hasToString("review-service-0.1.0-SNAPSHOT-exec.jar");
        List<String> command = LocalStack.execJar(root).command("award-service", List.of("-Xmx384m"), List.of("--server.port=8083"));
        assertEquals(List.of("-Xmx384m", "-jar",
                root.resolve("award-service/target/award-service-0.1.0-SNAPSHOT-exec.jar").toString(), "--server.port=8083"),
                command.subList(1, command.size()));
    }

    @Test
    void javaOlderThan17IsRefused() {
        assertThat(Preflight.checkJavaVersion(17)).isEmpty();
        LocalStackException problem = Preflight.checkJavaVersion(11).orElseThrow();
        assertThat(problem.getMessage()).contains("Java 17 or newer is required (found 11)");
        assertOneLineWithoutStackTrace(problem.getMessage());
    }

    @Test
    void theCommandLineReportsMissingJarsAsOneLineAndExitCode2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = LocalStack.run(new String[] {"--root", root.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, exitCode);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertOneLineWithoutStackTrace(message);
        assertThat(message).endsWith("run ./mvnw -DskipTests package first.");
    }

    @Test
    void anUnknownArgumentIsOneLineAndExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = LocalStack.run(new String[] {"--bogus"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exitCode);
        assertOneLineWithoutStackTrace(err.toString(StandardCharsets.UTF_8).strip());
    }

    private static void assertOneLineWithoutStackTrace(String message) {
        assertThat(message).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
