package vn.thidua.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.jar.Attributes;

/**
 * Helpers for child JVMs (the Kafka broker here, the services in the local stack): which {@code java} to run,
 * with which class path, how to stop them and how to show the end of their log.
 */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /** The {@code java} executable of the running JVM. */
    public static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(command -> Files.isExecutable(Path.of(command)))
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The class path the running JVM really uses: every {@code java.class.path} entry made absolute, plus the
     * {@code Class-Path} entries of the manifests of those jars (resolved against the jar's folder, recursively).
     * So it is complete both under Surefire's manifest-only booter jar and under {@code java -jar local-stack.jar},
     * where {@code java.class.path} is a single jar whose manifest lists {@code lib/*.jar}.
     */
    public static String effectiveClasspath() {
        return effectiveClasspath(System.getProperty("java.class.path"));
    }

    /** {@link #effectiveClasspath()} for the given class path string. */
    public static String effectiveClasspath(String classpath) {
        Set<Path> entries = new LinkedHashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                pending.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        while (!pending.isEmpty()) {
            Path entry = pending.removeFirst();
            if (!entries.add(entry)) {
                continue;
            }
            if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                pending.addAll(manifestClassPath(entry));
            }
        }
        List<String> result = new ArrayList<>();
        for (Path entry : entries) {
            result.add(entry.toString());
        }
        return String.join(File.pathSeparator, result);
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> result = new ArrayList<>();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return result;
            }
            URI base = jar.getParent().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                if (item.isEmpty()) {
                    continue;
                }
                try {
                    Path resolved = Path.of(base.resolve(item)).normalize();
                    if (Files.exists(resolved)) {
                        result.add(resolved);
                    }
                } catch (RuntimeException ignored) {
                    // not a file URL: the JVM would ignore it as well
                }
            }
        } catch (IOException e) {
            // unreadable jar: the JVM would fail on it, not our business here
        }
        return result;
    }

    /**
     * Arguments putting {@code classpath} on a child JVM's class path: {@code -cp <classpath>}, or an argument
     * file ({@code @file}, written to {@code argFile}) when the class path is too long for one command-line
     * argument (Linux limits a single argument to 128 KiB).
     */
    public static List<String> classpathArguments(String classpath, Path argFile) {
        if (classpath.length() < 60_000) {
            return List.of("-cp", classpath);
        }
        try {
            String quoted = "\"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            Files.writeString(argFile, "-cp " + quoted + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + argFile, e);
        }
        return List.of("@" + argFile.toAbsolutePath());
    }

    /**
     * Stops a child gracefully: SIGTERM, wait up to {@code grace}, then SIGKILL (and wait for it). Idempotent.
     *
     * @return the exit code, or -1 when it could not be obtained
     */
    public static int stop(Process process, Duration grace) {
        if (process == null) {
            return -1;
        }
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The last {@code lines} lines of a (possibly large, possibly missing) log file. */
    public static String tail(Path file, int lines) {
        if (file == null || !Files.isRegularFile(file)) {
            return "(no log file " + file + ")";
        }
        try (var channel = Files.newByteChannel(file)) {
            long size = channel.size();
            long start = Math.max(0, size - 256 * 1024);
            channel.position(start);
            byte[] bytes;
            try (InputStream in = java.nio.channels.Channels.newInputStream(channel)) {
                bytes = in.readAllBytes();
            }
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            int from = Math.max(start > 0 ? 1 : 0, all.length - lines);
            return String.join(System.lineSeparator(), List.of(all).subList(Math.min(from, all.length), all.length));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Deletes a directory tree, best effort. */
    public static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
