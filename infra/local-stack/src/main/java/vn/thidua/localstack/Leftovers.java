package vn.thidua.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Processes a stack leaves behind (a PostgreSQL whose starter died, a child of a killed service): found by data
 * directory, by {@code postmaster.pid}, or by the port they listen on (Linux {@code /proc}), named by pid and
 * command, and stopped (SIGTERM, then SIGKILL after a grace period).
 */
public final class Leftovers {

    private Leftovers() {
    }

    /** The live PostgreSQL postmaster of {@code postgresDataDir} ({@code postmaster.pid}, first line), if any. */
    public static Optional<ProcessHandle> postmaster(Path postgresDataDir) {
        Path pidFile = postgresDataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return Optional.empty();
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).filter(line -> line.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid))).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Live processes other than this one whose command line names {@code dataDir} (Kafka, PostgreSQL, identity). */
    public static List<ProcessHandle> using(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(command -> command.contains(path)).orElse(false))
                .toList();
    }

    /** The process listening on TCP {@code port} on this machine, where {@code /proc} tells (Linux). */
    public static Optional<ProcessHandle> listeningOn(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try (Stream<String> lines = Files.lines(Path.of(table))) {
                lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(f -> f.length > 9 && "0A".equals(f[3]) // LISTEN
                                && Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16) == port)
                        .forEach(f -> inodes.add(f[9]));
            } catch (IOException | RuntimeException e) {
                // not Linux, or not readable
            }
        }
        if (inodes.isEmpty()) return Optional.empty();
        return ProcessHandle.allProcesses().filter(p -> holdsSocket(p.pid(), inodes)).findFirst();
    }

    private static boolean holdsSocket(long pid, Set<String> inodes) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code pid 1234 (/usr/bin/java -cp … KafkaServerMain …)}, the command cut at 200 characters. */
    public static String describe(ProcessHandle process) {
        String command = process.info().commandLine().or(() -> process.info().command()).orElse("?");
        if (command.length() > 200) command = command.substring(0, 200) + "…";
        return "pid " + process.pid() + " (" + command + ")";
    }

    /** SIGTERM to each, then SIGKILL to those still alive after {@code grace}. */
    public static void stop(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = new ArrayList<>(processes.stream().filter(ProcessHandle::isAlive).toList());
        alive.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : alive) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }
}
