package vn.thidua.localstack;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.embedded.Ports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The local stack's mail catcher keeps a mail sent to it, readable in logs/mail.log and whole as an .eml file. */
class MailCatcherTest {

    @TempDir
    Path data;

    @Test
    void aMailSentByReportingIsReadableInTheMailLog() throws Exception {
        try (MailCatcher catcher = MailCatcher.start(Ports.freePort(), data)) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", String.valueOf(catcher.port()));
            MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
            mail.setFrom(new InternetAddress("nhac-han@thidua.local"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("bandanvan.vinhlinh@thidua.local"));
            mail.setSubject("[Thi đua] Việc cần làm: 1 quá hạn", "UTF-8");
            mail.setText("Quá hạn:\n- 31/08/2023  Hạn bổ sung hồ sơ: Bổ sung biên bản họp", "UTF-8");
            Transport.send(mail);

            Path log = data.resolve("logs").resolve("mail.log");
            await().untilAsserted(() -> assertThat(log).exists().content(StandardCharsets.UTF_8)
                    .contains("To: bandanvan.vinhlinh@thidua.local", "Subject: [Thi đua] Việc cần làm: 1 quá hạn",
                            "Bổ sung biên bản họp"));
            try (var files = Files.list(data.resolve("mail"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml"))).hasSize(1);
            }
        }
    }
}
