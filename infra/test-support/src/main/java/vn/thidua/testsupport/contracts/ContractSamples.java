package vn.thidua.testsupport.contracts;

import vn.thidua.contracts.CloudEventsAttributes;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The contract's recorded samples ({@code infra/contracts/src/test/resources/samples/<Name>.v<n>[.variant].json}),
 * as records of their topic from their catalogued producer, for a consumer to replay.
 */
public final class ContractSamples {

    private static final Path SAMPLES = Path.of("infra", "contracts", "src", "test", "resources", "samples");

    /** One sample: its file, catalogue entry, body and the headers the topic's producer gives it. */
    public record Sample(String file, EventType type, byte[] body) {

        /** CloudEvents headers and the topic the record is read from ({@code kafka_receivedTopic}). */
        public Map<String, Object> headers() {
            return Map.of("kafka_receivedTopic", type.topic(),
                    CloudEventsAttributes.ID, "sample-" + file,
                    CloudEventsAttributes.TYPE, type.ceType(),
                    CloudEventsAttributes.SOURCE, type.source(),
                    CloudEventsAttributes.SPECVERSION, CloudEventsAttributes.SPECVERSION_VALUE,
                    CloudEventsAttributes.SUBJECT, "sample");
        }
    }

    private ContractSamples() {
    }

    /** Every sample of a type published on one of {@code topics}. */
    public static List<Sample> on(Collection<String> topics) {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.naturalOrder())
                    .map(ContractSamples::sample)
                    .filter(s -> topics.contains(s.type().topic()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every sample of {@code topics} with {@code read} (body, headers → the decoded payload).
     * @return one line per sample that failed or decoded to another type; empty when all read
     */
    public static List<String> unreadable(Collection<String> topics, BiFunction<byte[], Map<String, Object>, Object> read) {
        List<Sample> samples = on(topics);
        if (samples.isEmpty()) return List.of("no samples on " + topics);
        List<String> problems = new ArrayList<>();
        for (Sample sample : samples) {
            try {
                Object payload = read.apply(sample.body(), sample.headers());
                if (!sample.type().javaType().isInstance(payload)) problems.add(sample.file() + " read as " + payload);
            } catch (RuntimeException e) {
                problems.add(sample.file() + ": " + e);
            }
        }
        return problems;
    }

    private static Sample sample(Path file) {
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        String ceType = "vn.thidua." + parts[0] + "." + parts[1];
        EventType type = EventCatalog.byCeType(ceType)
                .orElseThrow(() -> new IllegalStateException("Sample " + name + " of no catalogued type"));
        try {
            return new Sample(name, type, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Found from the module's directory (the tests' working directory) or the repository root. */
    private static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(SAMPLES))) return dir.resolve(SAMPLES);
        }
        throw new IllegalStateException("No " + SAMPLES + " above " + Path.of("").toAbsolutePath());
    }
}
