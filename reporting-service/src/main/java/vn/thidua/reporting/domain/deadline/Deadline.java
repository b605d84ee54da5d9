package vn.thidua.reporting.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One item that falls due on {@code dueOn} for {@code unitId} and, when {@code subtree}, for every unit below it
 * (a window set by the organiser applies to the units it organises). {@code clearedAt} is set once done (supplement
 * received, round closed, campaign closed). {@code detail} names the campaign, round or model; may be null.
 * {@code setAt}: when the event that set it happened (a supplement's request), or null when not known.
 */
public record Deadline(String id, DeadlineKind kind, String campaignId, String unitId, boolean subtree, String title,
                       String detail, LocalDate dueOn, Instant clearedAt, Instant setAt) {

    /** Soonest first, then by kind and id. */
    public static final Comparator<Deadline> BY_DUE_DAY = Comparator.comparing(Deadline::dueOn)
            .thenComparing(Deadline::kind).thenComparing(Deadline::id);

    public Deadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** An item whose setting time is not kept (windows, milestones, rounds). */
    public Deadline(String id, DeadlineKind kind, String campaignId, String unitId, boolean subtree, String title,
                    String detail, LocalDate dueOn, Instant clearedAt) {
        this(id, kind, campaignId, unitId, subtree, title, detail, dueOn, clearedAt, null);
    }

    public boolean cleared() {
        return clearedAt != null;
    }
}
