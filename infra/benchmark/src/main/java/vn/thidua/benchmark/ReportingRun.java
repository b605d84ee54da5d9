package vn.thidua.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import vn.thidua.embedded.ChildProcesses;
import vn.thidua.embedded.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * reporting-service as teams deploy it ({@code java -jar reporting-service-*-exec.jar}) on the embedded
 * infrastructure, reading the topics from the start into a database of its own; its progress is its stored
 * positions (one record read = one position step), sampled every 50 ms.
 */
final class ReportingRun {

    private ReportingRun() {
    }

    static Path execJar(Path root) throws IOException {
        Path target = root.resolve("reporting-service/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("reporting-service-.*-exec\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No reporting-service exec jar in " + target + ": run ./mvnw -o package -DskipTests first"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("No " + target + ": run ./mvnw -o package -DskipTests first", e);
        }
    }

    /** The progress; {@code ready} gets the seconds from launch to the first event stored. */
    static Progress run(Path jar, Path logFile, String bootstrapServers, String mongoUri, String database, int events,
                        Duration patience, double[] ready) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaBinary(), "-Xmx384m", "-jar",
                jar.toString(),
                "--server.port=" + Ports.freePort(),
                "--thidua.kafka.bootstrap-servers=" + bootstrapServers,
                "--thidua.mongo.uri=" + mongoUri,
                "--spring.data.mongodb.database=" + database,
                "--spring.cloud.stream.bindings.reportingEvents-in-0.group=bench-reporting-" + System.nanoTime()));
        Files.createDirectories(logFile.getParent());
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        // stopped with the benchmark, also on Ctrl-C
        Thread stopper = new Thread(() -> ChildProcesses.stop(process, Duration.ofSeconds(10)));
        Runtime.getRuntime().addShutdownHook(stopper);
        Progress progress = new Progress();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> positions = client.getDatabase(database).getCollection("positions");
            long deadline = launched + patience.toNanos();
            long processed = 0;
            while (processed < events) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("reporting-service stopped:\n" + ChildProcesses.tail(logFile, 40));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reporting-service stalled at " + processed + " events; log: "
                            + logFile);
                }
                long now = System.nanoTime();
                processed = 0;
                for (Document position : positions.find()) {
                    processed += ((Number) position.get("offset")).longValue() + 1;
                }
                if (processed > 0) {
                    if (ready[0] == 0) ready[0] = (now - launched) / 1e9;
                    progress.sample(now, processed);
                }
                Thread.sleep(50);
            }
        } finally {
            ChildProcesses.stop(process, Duration.ofSeconds(20));
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        return progress;
    }
}
