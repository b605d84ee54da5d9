package vn.thidua.embedded;

import java.util.Arrays;

/**
 * Entry point of the embedded Kafka child JVM: {@code KafkaServerMain <parent-pid> server.properties}. A watchdog
 * exits this JVM (running Kafka's own clean shutdown) as soon as the parent is gone, so a parent killed with
 * SIGKILL leaves no orphan broker holding the port and the data; then {@code kafka.Kafka.main} runs.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: KafkaServerMain <parent-pid> <server.properties>");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        Thread watchdog = new Thread(() -> {
            ProcessHandle.of(parentPid).ifPresent(parent -> parent.onExit().join());
            System.err.println("[thidua] parent process " + parentPid + " is gone: stopping the Kafka broker");
            System.exit(0);
        }, "thidua-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
