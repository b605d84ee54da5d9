package vn.thidua.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a Spring Boot service, launched by the tests exactly like the real ones (own JVM, application
 * arguments): serves {@code /actuator/health} on {@code --server.port}, and {@code /args} (its JVM and
 * application arguments). {@code --fake.mode=exit} dies at once after 40 log lines, {@code --fake.mode=down}
 * answers {@code DOWN} forever.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(value(args, "--server.port=", null));
        String mode = value(args, "--fake.mode=", "up");
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        System.out.println("fake service starting, jvm " + jvmArgs + ", args " + List.of(args));
        if (mode.equals("exit")) {
            for (int i = 1; i <= 40; i++) {
                System.out.println("fake failure line " + i);
            }
            System.exit(3);
        }
        String childPidFile = value(args, "--fake.child-pid-file=", "");
        if (!childPidFile.isEmpty()) {
            // a process of its own, as a service's helper would be: it must not outlive the stack
            Process child = new ProcessBuilder("sleep", "600").start();
            java.nio.file.Files.writeString(java.nio.file.Path.of(childPidFile), Long.toString(child.pid()));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health", exchange -> {
            boolean up = !mode.equals("down");
            respond(exchange, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}");
        });
        server.createContext("/args", exchange -> {
            List<String> lines = new ArrayList<>(jvmArgs);
            lines.addAll(List.of(args));
            respond(exchange, 200, String.join("\n", lines));
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping");
            server.stop(0);
        }));
        System.out.println("fake service listening on " + port);
    }

    private static String value(String[] args, String prefix, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + prefix);
        }
        return fallback;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Launches {@link FakeService} the way {@link LocalStack#execJar} launches a service jar. */
    static LocalStack.CommandFactory command() {
        String classes;
        try {
            classes = java.nio.file.Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return (service, jvm, application) -> {
            List<String> command = new ArrayList<>();
            command.add(vn.thidua.embedded.ChildProcesses.javaBinary());
            command.addAll(jvm);
            command.addAll(List.of("-cp", classes, FakeService.class.getName()));
            command.addAll(application);
            return command;
        };
    }
}
