package vn.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import vn.thidua.localstack.Leftovers;

/**
 * Resident memory of the stack's processes (Linux {@code /proc/<pid>/status}, {@code VmRSS}): this JVM (the
 * launcher, which also serves the MongoDB stand-in), every process it started (services, identity provider, Kafka
 * broker) and PostgreSQL's postmaster with its backends (detached by {@code pg_ctl}, found by its pid file).
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** KiB per process, named {@code pid command}; empty where {@code /proc} is missing. */
    static Map<String, Long> stackRssKib(Path postgresDataDir) {
        Set<ProcessHandle> processes = new LinkedHashSet<>();
        processes.add(ProcessHandle.current());
        ProcessHandle.current().descendants().forEach(processes::add);
        Leftovers.postmaster(postgresDataDir).ifPresent(postmaster -> {
            processes.add(postmaster);
            postmaster.descendants().forEach(processes::add);
        });
        Map<String, Long> rss = new LinkedHashMap<>();
        for (ProcessHandle process : processes) {
            try {
                long kib = vmRssKib(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status")));
                rss.put(process.pid() + " " + label(process), kib);
            } catch (IOException | RuntimeException e) {
                // ended meanwhile, or not Linux
            }
        }
        return rss;
    }

    /** The jar a JVM runs, the Kafka broker, this JVM, or the command's file name. */
    static String label(ProcessHandle process) {
        if (process.pid() == ProcessHandle.current().pid()) return "benchmark (launcher, MongoDB stand-in)";
        String[] arguments;
        try {
            arguments = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).split("\0");
        } catch (IOException | RuntimeException e) {
            arguments = process.info().arguments().orElse(new String[0]);
        }
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("-jar") && i + 1 < arguments.length) {
                return Path.of(arguments[i + 1]).getFileName().toString();
            }
            if (arguments[i].endsWith("KafkaServerMain")) return "kafka";
        }
        return process.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?");
    }

    /** The {@code VmRSS} line of a {@code /proc/<pid>/status} text, in KiB (0 when absent, as for a zombie). */
    static long vmRssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String value = line.substring("VmRSS:".length()).strip();
                return Long.parseLong(value.split("\\s+")[0]);
            }
        }
        return 0;
    }
}
