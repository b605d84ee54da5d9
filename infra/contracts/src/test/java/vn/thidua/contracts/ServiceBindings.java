package vn.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What each service's {@code application.yml} binds: the published topics it reads and its dead-letter topic, so
 * that the AsyncAPI document is checked against the consumers as they are configured.
 */
record ServiceBindings(String name, Set<String> topics, String deadLetterTopic) {

    static final List<String> SERVICES = List.of("registration-service", "review-service", "award-service",
            "reporting-service");

    static List<ServiceBindings> all() {
        return SERVICES.stream().map(ServiceBindings::of).toList();
    }

    private static ServiceBindings of(String service) {
        JsonNode yaml = read(root().resolve(service).resolve("src/main/resources/application.yml"));
        JsonNode stream = yaml.path("spring").path("cloud").path("stream");
        Set<String> topics = new LinkedHashSet<>();
        stream.path("bindings").forEach(binding -> {
            String destination = binding.path("destination").asText("");
            Arrays.stream(destination.split(",")).map(String::trim).filter(Topics.ALL::contains).forEach(topics::add);
        });
        Set<String> deadLetters = new LinkedHashSet<>();
        stream.path("kafka").path("bindings").forEach(binding -> {
            String dlq = binding.path("consumer").path("dlq-name").asText("");
            if (!dlq.isEmpty()) deadLetters.add(dlq);
        });
        if (topics.isEmpty() || deadLetters.size() != 1) {
            throw new IllegalStateException(service + " reads " + topics + " with dead-letter topics " + deadLetters);
        }
        return new ServiceBindings(service, topics, deadLetters.iterator().next());
    }

    private static JsonNode read(Path file) {
        try {
            return Fixtures.YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the first directory above the module's with every service in it. */
    private static Path root() {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir);
            Path candidate = dir;
            if (SERVICES.stream().allMatch(s -> Files.isDirectory(candidate.resolve(s)))) return candidate;
        }
        throw new IllegalStateException("No services above " + tried.get(0));
    }
}
