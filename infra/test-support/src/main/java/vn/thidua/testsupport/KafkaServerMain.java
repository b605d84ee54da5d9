package vn.thidua.testsupport;

import java.util.Arrays;

/**
 * Entry point of the embedded Kafka child JVM: {@code KafkaServerMain <parent-pid> server.properties}.
 * <p>
 * It starts a daemon thread that exits this JVM (running Kafka's own shutdown hook, i.e. a clean broker
 * shutdown) as soon as the parent JVM is gone, then hands over to {@code kafka.Kafka.main}. Without it a
 * test JVM killed with SIGKILL (IDE stop button, Surefire timeout) would leave an orphan broker holding the
 * port and the data directory.
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
