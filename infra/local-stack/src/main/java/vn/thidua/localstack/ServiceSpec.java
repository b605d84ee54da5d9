package vn.thidua.localstack;

import java.util.List;
import java.util.Objects;

/**
 * How to launch one service: its name (also the name of its log file {@code data/logs/<name>.log}), the HTTP
 * port it serves {@code /actuator/health} on, and the full command line of its process.
 */
public record ServiceSpec(String name, int port, List<String> command) {

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command for service " + name);
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port + " for service " + name);
        }
    }

    /** {@code http://localhost:<port>}. */
    public String url() {
        return "http://localhost:" + port;
    }
}
