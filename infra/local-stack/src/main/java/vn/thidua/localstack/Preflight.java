package vn.thidua.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.thidua.embedded.Ports;

/**
 * Checks done before anything starts. Each returns the one-line message to print (exit code
 * {@link LocalStackException#PRECONDITION_FAILED}) or nothing.
 */
public final class Preflight {

    private Preflight() {
    }

    /**
     * The first port of {@code portsAndUsers} (port → what needs it, e.g. {@code 9092 → "Kafka"}) that is in use.
     */
    public static Optional<LocalStackException> checkPortsFree(Map<Integer, String> portsAndUsers) {
        for (Map.Entry<Integer, String> entry : portsAndUsers.entrySet()) {
            if (!Ports.isFree(entry.getKey())) {
                return Optional.of(portInUse(entry.getKey(), entry.getValue()));
            }
        }
        return Optional.empty();
    }

    static LocalStackException portInUse(int port, String user) {
        String holder = Leftovers.listeningOn(port).map(p -> " by " + Leftovers.describe(p)).orElse("");
        return new LocalStackException("Cổng " + port + " đang được dùng (" + user + ") / Port " + port
                + " is already in use (" + user + ")" + holder + ": stop the process using it or free the port.",
                LocalStackException.PRECONDITION_FAILED);
    }

    /**
     * A process of an earlier run still working on {@code dataDir}: a PostgreSQL (its {@code postmaster.pid}) or
     * anything whose command line names the directory (Kafka, the identity provider), named by pid and command.
     */
    public static Optional<LocalStackException> checkLeftovers(Path dataDir) {
        Map<Long, ProcessHandle> found = new java.util.LinkedHashMap<>();
        Leftovers.postmaster(dataDir.resolve("postgres")).ifPresent(p -> found.put(p.pid(), p));
        Leftovers.using(dataDir).forEach(p -> found.putIfAbsent(p.pid(), p));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String processes = String.join("; ", found.values().stream().map(Leftovers::describe).toList());
        String pids = String.join(" ", found.keySet().stream().map(String::valueOf).toList());
        return Optional.of(new LocalStackException("Tiến trình của lần chạy trước vẫn chạy / A process of an earlier run"
                + " is still running on " + dataDir + ": " + processes + ". Stop it (kill " + pids
                + ") and start again.", LocalStackException.PRECONDITION_FAILED));
    }

    /** The first service of {@code services} without {@code <root>/<service>/target/<service>-*-exec.jar}. */
    public static Optional<LocalStackException> checkServiceJars(Path root, List<String> services) {
        for (String service : services) {
            if (findServiceJar(root, service).isEmpty()) {
                String pattern = service + "/target/" + service + "-*-exec.jar";
                return Optional.of(new LocalStackException("Không tìm thấy " + pattern + " / Service jar " + pattern
                        + " not found in " + root.toAbsolutePath().normalize()
                        + ": run ./mvnw -DskipTests package first.", LocalStackException.PRECONDITION_FAILED));
            }
        }
        return Optional.empty();
    }

    /** The identity provider's jar, {@code <root>/infra/identity/target/identity.jar}, if built. */
    public static Optional<LocalStackException> checkIdentityJar(Path root) {
        if (findIdentityJar(root).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new LocalStackException("Không tìm thấy " + IDENTITY_JAR + " / Identity provider jar "
                + IDENTITY_JAR + " not found in " + root.toAbsolutePath().normalize()
                + ": run ./mvnw -DskipTests package first.", LocalStackException.PRECONDITION_FAILED));
    }

    static final String IDENTITY_JAR = "infra/identity/target/identity.jar";

    public static Optional<Path> findIdentityJar(Path root) {
        Path jar = root.resolve(IDENTITY_JAR);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** Java 17 or newer. */
    public static Optional<LocalStackException> checkJavaVersion(int feature) {
        if (feature < 17) {
            return Optional.of(new LocalStackException("Cần Java 17 trở lên / Java 17 or newer is required (found "
                    + feature + "): install a JDK 17+ and put it first on the PATH.",
                    LocalStackException.PRECONDITION_FAILED));
        }
        return Optional.empty();
    }

    /** The newest {@code <root>/<service>/target/<service>-*-exec.jar}. */
    public static Optional<Path> findServiceJar(Path root, String service) {
        Path target = root.resolve(service).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files
                    .filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith(service + "-") && name.endsWith("-exec.jar") && Files.isRegularFile(path);
                    })
                    .max(Comparator.comparing(Preflight::lastModified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
