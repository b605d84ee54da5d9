package vn.thidua.reporting.domain.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * From {@code since} on, the unit's parent was {@code parentId} ({@code null}: a root). A unit's opening gives its
 * first link (since its opening date), each move another (since the day of the move, Vietnam time).
 *
 * @param at when the event that says so happened; orders two links of the same day
 */
public record ParentLink(String parentId, LocalDate since, Instant at) {

    static final Comparator<ParentLink> ORDER = Comparator.comparing(ParentLink::since)
            .thenComparing(ParentLink::at)
            .thenComparing(l -> l.parentId() == null ? "" : l.parentId());

    public ParentLink {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(at, "at");
    }
}
