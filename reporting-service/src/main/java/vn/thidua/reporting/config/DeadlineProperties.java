package vn.thidua.reporting.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.thidua.reporting.application.deadline.Recipient;

import java.util.List;

/**
 * {@code thidua.deadlines.*}: the look-ahead and how long a window or milestone stays overdue (days), the digest
 * (sender, link to the page, schedule) and its recipients (address, unit, roles).
 */
@ConfigurationProperties("thidua.deadlines")
public record DeadlineProperties(Integer lookaheadDays, Integer overdueKeptDays, Digest digest,
                                 List<Recipient> recipients) {

    /**
     * @param enabled send on the schedule even without {@code spring.mail.host} (the digest is also on whenever a
     *                host is configured)
     * @param cron    when (Vietnam time); {@code -} never
     */
    public record Digest(Boolean enabled, String cron, String from, String pageUrl) {
    }

    public DeadlineProperties {
        lookaheadDays = lookaheadDays == null ? 30 : lookaheadDays;
        overdueKeptDays = overdueKeptDays == null ? 30 : overdueKeptDays;
        digest = digest == null ? new Digest(false, "0 0 7 * * *", null, null) : digest;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public String from() {
        return digest.from() != null ? digest.from() : "nhac-han@thidua.local";
    }
}
