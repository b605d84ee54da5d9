package vn.thidua.reporting.adapter.out.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.thidua.reporting.application.deadline.Digest;
import vn.thidua.reporting.application.deadline.DigestMail;
import vn.thidua.reporting.domain.deadline.Deadline;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The digest as a plain-text mail in UTF-8 through Spring's {@link JavaMailSender} (Jakarta Mail, SMTP): Vietnamese
 * first, then English; subject "[Thi đua] Việc cần làm …". Texts are the pages' ({@code todo.*} in messages*.properties).
 */
public class SmtpDigestMail implements DigestMail {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JavaMailSender sender;
    private final MessageSource texts;
    private final String from;
    private final String pageUrl;

    public SmtpDigestMail(JavaMailSender sender, MessageSource texts, String from, String pageUrl) {
        this.sender = sender;
        this.texts = texts;
        this.from = from;
        this.pageUrl = pageUrl;
    }

    @Override
    public void send(Digest digest) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
            mail.setFrom(from);
            mail.setTo(digest.recipient().email());
            mail.setSubject(subject(digest));
            mail.setText(body(digest, VI) + "\n----------------------------------------\n\n" + body(digest, Locale.ENGLISH));
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("Digest to " + digest.recipient().email() + " not composed", e);
        }
    }

    String subject(Digest digest) {
        return texts.getMessage("todo.mail.subject", new Object[]{digest.overdue().size(), digest.upcoming().size()}, VI);
    }

    String body(Digest digest, Locale locale) {
        StringBuilder text = new StringBuilder(texts.getMessage("todo.mail.intro",
                new Object[]{digest.recipient().unitId(), DAY.format(digest.today())}, locale)).append("\n\n");
        section(text, texts.getMessage("todo.overdue", null, locale), digest.overdue(), locale);
        section(text, texts.getMessage("todo.upcoming", null, locale), digest.upcoming(), locale);
        if (pageUrl != null && !pageUrl.isBlank()) {
            text.append(texts.getMessage("todo.mail.link", new Object[]{pageUrl}, locale)).append('\n');
        }
        return text.toString();
    }

    private void section(StringBuilder text, String heading, List<Deadline> items, Locale locale) {
        if (items.isEmpty()) return;
        text.append(heading).append(":\n");
        for (Deadline item : items) {
            text.append("- ").append(DAY.format(item.dueOn())).append("  ")
                    .append(texts.getMessage("todo.kind." + item.kind().name(), null, locale)).append(": ")
                    .append(item.title() != null ? item.title() : item.id());
            if (item.detail() != null) text.append(" (").append(item.detail()).append(')');
            text.append('\n');
        }
        text.append('\n');
    }

}
