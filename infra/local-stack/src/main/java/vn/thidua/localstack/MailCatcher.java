package vn.thidua.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The local stack's SMTP server (GreenMail, loopback only): every mail the services send (reporting's deadline
 * digests) is appended, readable, to {@code logs/mail.log} and kept whole as {@code mail/<n>.eml} in the data folder.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final Path log;
    private final Path mailDir;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mail-catcher");
        thread.setDaemon(true);
        return thread;
    });
    private int written;

    private MailCatcher(int port, Path dataDir) {
        this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.log = dataDir.resolve("logs").resolve("mail.log");
        this.mailDir = dataDir.resolve("mail");
    }

    /** Starts the server on {@code port} and the copying of what it receives. */
    static MailCatcher start(int port, Path dataDir) throws IOException {
        MailCatcher catcher = new MailCatcher(port, dataDir);
        Files.createDirectories(catcher.log.getParent());
        Files.createDirectories(catcher.mailDir);
        catcher.smtp.start();
        catcher.poller.scheduleWithFixedDelay(catcher::copyNew, 1, 1, TimeUnit.SECONDS);
        return catcher;
    }

    int port() {
        return smtp.getSmtp().getPort();
    }

    private synchronized void copyNew() {
        MimeMessage[] received = smtp.getReceivedMessages();
        for (; written < received.length; written++) {
            try {
                MimeMessage mail = received[written];
                Path eml = mailDir.resolve(Instant.now().toEpochMilli() + "-" + written + ".eml");
                try (OutputStream out = Files.newOutputStream(eml)) {
                    mail.writeTo(out);
                }
                String entry = "=== " + Instant.now() + "  " + eml.getFileName() + "\nFrom: " + addresses(mail.getFrom())
                        + "\nTo: " + addresses(mail.getAllRecipients()) + "\nSubject: " + mail.getSubject() + "\n\n"
                        + mail.getContent() + "\n";
                Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (Exception e) {
                System.err.println("[local-stack] mail not kept: " + e);
            }
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        poller.shutdownNow();
        copyNew();
        smtp.stop();
    }
}
