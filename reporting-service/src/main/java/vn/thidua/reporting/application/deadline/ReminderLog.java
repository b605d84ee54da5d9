package vn.thidua.reporting.application.deadline;

import vn.thidua.reporting.domain.deadline.DeadlineStatus;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The reminders already sent (port; MongoDB in production), each keyed by item, recipient and kind (upcoming or
 * overdue). It outlives the projection's rebuilds: a rebuilt projection must not remind again.
 */
public interface ReminderLog {

    /** Which of these keys were sent already. */
    Set<String> sentAmong(Collection<String> keys);

    /** Remembers these keys as sent. Idempotent. */
    void markSent(Collection<String> keys);

    static String key(String itemId, String email, DeadlineStatus kind) {
        return itemId + "|" + email.toLowerCase(Locale.ROOT) + "|" + kind.name();
    }
}
