package vn.thidua.platform.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.contracts.Topics;
import vn.thidua.testsupport.Infrastructure;
import vn.thidua.testsupport.WithInfrastructure;
import vn.thidua.testsupport.contracts.ContractSamples;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the contracts README's worked commands (Debian's kcat and jsonschema) as written against the embedded
 * broker. Skipped where the tools are missing; CI installs them.
 */
@WithInfrastructure
class SubscriberGuideIT {

    private static final String MARKER = "<!-- guide-commands -->\n```sh\n";

    @Test
    void theGuidesCommandsReadTheTopicFromTheStartAndValidateARecord(Infrastructure infrastructure,
                                                                      CloudEventRecords records,
                                                                      @TempDir Path work) throws Exception {
        assumeTrue(onPath("kcat") && onPath("jsonschema"), "kcat and jsonschema (apt: kcat python3-jsonschema)");
        Path root = root();
        var sample = ContractSamples.on(List.of(Topics.REGISTRATION)).stream()
                .filter(s -> s.file().equals("ModelRegistered.v1.json")).findFirst().orElseThrow();
        String body = CloudEventRecords.JSON.readTree(sample.body()).toString();
        String subject = CloudEventRecords.JSON.readTree(body).path("modelId").asText();
        records.send(Topics.REGISTRATION, subject, sample.type().ceType(), UUID.randomUUID().toString(), subject,
                body.getBytes(StandardCharsets.UTF_8));

        String script = guide(root)
                .replace("BROKER=localhost:9092", "BROKER=" + infrastructure.kafkaBootstrapServers())
                .replace("SCHEMAS=infra/", "SCHEMAS=" + root + "/infra/");
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(work.toFile())
                .redirectErrorStream(true).start();
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).as("the guide's commands finish").isTrue();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).contains("key=" + subject, "ce_type=vn.thidua.ModelRegistered.v1",
                "ce_source=/thidua/registration-service").endsWith("valid\n");
        assertThat(Files.readString(work.resolve("model-registered.json")).trim()).isEqualTo(body);
    }

    private static String guide(Path root) throws IOException {
        String readme = Files.readString(root.resolve("infra/contracts/README.md"));
        int start = readme.indexOf(MARKER);
        assertThat(start).as("the README's guide-commands block").isNotNegative();
        return readme.substring(start + MARKER.length(), readme.indexOf("```", start + MARKER.length()));
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("infra/contracts/README.md"))) return dir;
        }
        throw new IllegalStateException("No infra/contracts/README.md above " + Path.of("").toAbsolutePath());
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
