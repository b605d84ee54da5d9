package vn.thidua.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import vn.thidua.embedded.ChildProcesses;

/** One service child process: launch, health probe, stop. */
final class ServiceProcess {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ServiceSpec spec;
    private final Path logFile;
    private final Path workingDir;
    private Process process;

    ServiceProcess(ServiceSpec spec, Path logFile, Path workingDir) {
        this.spec = spec;
        this.logFile = logFile;
        this.workingDir = workingDir;
    }

    ServiceSpec spec() {
        return spec;
    }

    Path logFile() {
        return logFile;
    }

    /** Launches the process; {@code freshLog}: truncate the log (stack start) or append (restart of one service). */
    synchronized void start(boolean freshLog) {
        if (isAlive()) {
            return;
        }
        try {
            Files.createDirectories(logFile.getParent());
            String banner = "===== " + LocalDateTime.now() + " starting " + spec.name() + ": "
                    + String.join(" ", spec.command()) + System.lineSeparator();
            if (freshLog) {
                Files.writeString(logFile, banner, StandardCharsets.UTF_8);
            } else {
                Files.writeString(logFile, banner, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            process = new ProcessBuilder(spec.command())
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new ServiceStartException(spec.name(), "could not launch " + spec.command().get(0) + " ("
                    + e.getMessage() + ")", logFile.toString(), ChildProcesses.tail(logFile, 30));
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Process process() {
        return process;
    }

    /** The service's own children, noted before it is signalled (once it is gone they are nobody's children). */
    private final java.util.Set<ProcessHandle> children = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Sends SIGTERM without waiting (to stop several services in parallel). */
    synchronized void signalStop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(children::add);
            process.destroy();
        }
    }

    /** SIGKILL to the service and its children, without grace; returns once it is gone. */
    void kill() {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null) return;
        current.descendants().forEach(ProcessHandle::destroyForcibly);
        current.destroyForcibly();
        try {
            current.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a signal ({@code STOP}, {@code CONT}) to the service's process with {@code kill}; POSIX only. */
    void signal(String name) {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null || !current.isAlive()) {
            throw new IllegalStateException(spec.name() + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(current.pid()))
                    .redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes()).trim();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + current.pid() + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling " + spec.name(), e);
        }
    }

    /** SIGTERM, wait up to 30 s, then SIGKILL; then the same for whatever the service started. Idempotent. */
    void stop() {
        Process current;
        synchronized (this) {
            current = process;
            if (current != null && current.isAlive()) current.descendants().forEach(children::add);
        }
        ChildProcesses.stop(current, STOP_GRACE);
        Leftovers.stop(List.copyOf(children), STOP_GRACE);
        children.clear();
    }

    /** Whether {@code GET /actuator/health} answers 200 with {@code "status":"UP"}. */
    boolean isHealthy(HttpClient client) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(spec.url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String logTail() {
        return ChildProcesses.tail(logFile, 30);
    }
}
