package vn.thidua.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardRoundKind;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.SupplementReceived;
import vn.thidua.contracts.SupplementRequested;
import vn.thidua.reporting.adapter.out.mail.SmtpDigestMail;
import vn.thidua.reporting.adapter.out.mongo.MongoReminderLog;
import vn.thidua.reporting.application.deadline.DeadlineDigests;
import vn.thidua.reporting.application.deadline.DeadlineQueries;
import vn.thidua.reporting.application.deadline.Recipient;
import vn.thidua.testsupport.identity.TestUser;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines from the review and award topics on the real broker reach the to-do list (API) and a digest by SMTP
 * (GreenMail): one mail per recipient, and a second run, as after a restart (new job, new log over the same store),
 * sends nothing new; an item that falls due later is mailed alone.
 */
@ReportingTest
class DeadlineDigestIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DISTRICT = "D-deadline-" + RUN;
    private static final String COMMUNE = "W-deadline-" + RUN;
    private static final Actor AUTHORITY = new Actor("tham-quyen", DISTRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static CloudEventRecords records;
    private static GreenMail smtp;

    @Autowired DeadlineQueries queries;
    @Autowired MongoClient mongoClient;
    @Autowired MongoProperties mongoProperties;
    @Autowired MessageSource messages;
    @Autowired TestRestTemplate anonymous;

    @BeforeAll
    static void start(CloudEventRecords connected) {
        records = connected;
        records.send(Events.unit(DISTRICT, null, "huyện", "district"));
        records.send(Events.unit(COMMUNE, DISTRICT, "xã", "commune"));
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    private DeadlineDigests job() { // a new job and log each time: what a restarted service would have
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new DeadlineDigests(queries, new MongoReminderLog(mongoClient, mongoProperties),
                new SmtpDigestMail(sender, messages, "nhac-han@thidua.local", "http://localhost:8084/todo"),
                List.of(new Recipient("vanphong-" + RUN + "@xa.local", COMMUNE, List.of("UNIT_OFFICER")),
                        new Recipient("bandanvan-" + RUN + "@huyen.local", DISTRICT, List.of("BOARD_OFFICER"))));
    }

    private static SupplementRequested supplement(String requestId, String text, LocalDate dueOn) {
        return new SupplementRequested("rc-" + RUN, "m-" + RUN, "c-" + RUN, COMMUNE, requestId, text, dueOn,
                AUTHORITY, Instant.now());
    }

    @Test
    void dueAndOverdueItemsAreMailedOncePerRecipientAndNotAgainAfterARestart() throws Exception {
        LocalDate today = queries.today();
        records.send(supplement("late", "Bổ sung biên bản họp", today.minusDays(3)));
        records.send(supplement("soon", "Bổ sung ảnh minh chứng", today.plusDays(5)));
        records.send(supplement("done", "Bổ sung số liệu", today.plusDays(2)));
        records.send(new SupplementReceived("rc-" + RUN, "m-" + RUN, "c-" + RUN, COMMUNE, "done", "DOCUMENT",
                "doc-1", today, false, new Actor("can-bo", COMMUNE), Instant.now()));
        records.send(new AwardRoundOpened("round-" + RUN, "Khen thưởng sơ kết " + RUN, AwardRoundKind.INTERIM_REVIEW,
                null, DISTRICT, today.plusDays(10), List.of(), null, AUTHORITY, Instant.now()));

        TestRestTemplate officer = Callers.as(anonymous, TestUser.of("can-bo-" + RUN, COMMUNE, "UNIT_OFFICER"));
        await().untilAsserted(() -> {
            JsonNode todo = officer.getForObject("/api/todo", JsonNode.class);
            assertThat(todo.get("overdue").findValuesAsText("title")).containsExactly("Bổ sung biên bản họp");
            assertThat(todo.get("upcoming").findValuesAsText("title"))
                    .containsExactly("Bổ sung ảnh minh chứng", "Khen thưởng sơ kết " + RUN);
        });

        assertThat(job().sendDue()).isGreaterThanOrEqualTo(2);
        List<MimeMessage> ours = ours();
        assertThat(ours).hasSize(2);
        MimeMessage commune = ours.stream().filter(m -> address(m).startsWith("vanphong")).findFirst().orElseThrow();
        assertThat(commune.getSubject()).contains("1 quá hạn, 2 sắp đến hạn");
        assertThat(decoded(commune)).contains("Quá hạn:", "Bổ sung biên bản họp", DAY.format(today.minusDays(3)),
                        "Sắp đến hạn:", "Bổ sung ảnh minh chứng", "Khen thưởng sơ kết " + RUN, "Overdue:")
                .doesNotContain("Bổ sung số liệu");
        MimeMessage board = ours.stream().filter(m -> address(m).startsWith("bandanvan")).findFirst().orElseThrow();
        assertThat(decoded(board)).contains("Bổ sung biên bản họp", "Khen thưởng sơ kết " + RUN);

        // as after a restart: nothing new for these recipients
        job().sendDue();
        assertThat(ours()).hasSize(2);

        // a new request is reminded alone
        records.send(supplement("next", "Bổ sung bản đăng ký có chữ ký", today.plusDays(1)));
        await().until(() -> queries.forUnit(COMMUNE, List.of("UNIT_OFFICER"), today).upcoming().size() == 3);
        job().sendDue();
        List<MimeMessage> after = ours();
        assertThat(after).hasSize(4);
        Set<String> before = ours.stream().map(DeadlineDigestIT::id).collect(Collectors.toSet());
        assertThat(after).filteredOn(m -> !before.contains(id(m))).hasSize(2).allSatisfy(m -> assertThat(decoded(m))
                .contains("Bổ sung bản đăng ký có chữ ký").doesNotContain("Bổ sung biên bản họp"));
    }

    private static List<MimeMessage> ours() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).contains(RUN)).toList();
    }

    private static String address(MimeMessage message) {
        return read(() -> message.getAllRecipients()[0].toString());
    }

    private static String id(MimeMessage message) {
        return read(message::getMessageID);
    }

    private static String decoded(MimeMessage message) {
        return read(() -> message.getContent().toString());
    }

    private static String read(Callable<String> part) {
        try {
            return part.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
