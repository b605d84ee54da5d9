package vn.thidua.reporting.application.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends each recipient one digest of the items due or overdue for them that they were not reminded of (per item and
 * kind), then logs them as sent. Sent first, logged after: a crash in between resends that one digest, never loses it.
 */
public class DeadlineDigests {

    private static final Logger log = LoggerFactory.getLogger(DeadlineDigests.class);

    private final DeadlineQueries queries;
    private final ReminderLog sent;
    private final DigestMail mail;
    private final List<Recipient> recipients;

    public DeadlineDigests(DeadlineQueries queries, ReminderLog sent, DigestMail mail, List<Recipient> recipients) {
        this.queries = queries;
        this.sent = sent;
        this.mail = mail;
        this.recipients = List.copyOf(recipients);
    }

    /** @return how many digests were sent */
    public int sendDue() {
        LocalDate today = queries.today();
        int count = 0;
        for (Recipient recipient : recipients) {
            ToDoList list = queries.forUnit(recipient.unitId(), recipient.roles(), today);
            Set<String> keys = new LinkedHashSet<>();
            list.overdue().forEach(i -> keys.add(ReminderLog.key(i.id(), recipient.email(), DeadlineStatus.OVERDUE)));
            list.upcoming().forEach(i -> keys.add(ReminderLog.key(i.id(), recipient.email(), DeadlineStatus.UPCOMING)));
            if (keys.isEmpty()) continue;
            Set<String> before = sent.sentAmong(keys);
            List<Deadline> overdue = fresh(list.overdue(), recipient, DeadlineStatus.OVERDUE, before);
            List<Deadline> upcoming = fresh(list.upcoming(), recipient, DeadlineStatus.UPCOMING, before);
            if (overdue.isEmpty() && upcoming.isEmpty()) continue;
            try {
                mail.send(new Digest(recipient, today, overdue, upcoming));
            } catch (RuntimeException e) {
                log.warn("Digest to {} not sent ({}); it is tried again next time", recipient.email(), e.toString());
                continue;
            }
            List<String> now = new ArrayList<>();
            overdue.forEach(i -> now.add(ReminderLog.key(i.id(), recipient.email(), DeadlineStatus.OVERDUE)));
            upcoming.forEach(i -> now.add(ReminderLog.key(i.id(), recipient.email(), DeadlineStatus.UPCOMING)));
            sent.markSent(now);
            count++;
        }
        log.info("Deadline digests: {} sent to {} recipients", count, recipients.size());
        return count;
    }

    private static List<Deadline> fresh(List<Deadline> items, Recipient recipient, DeadlineStatus kind,
                                        Set<String> before) {
        return items.stream().filter(i -> !before.contains(ReminderLog.key(i.id(), recipient.email(), kind))).toList();
    }
}
