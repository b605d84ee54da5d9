package vn.thidua.reporting.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A model's title and field as the latest registration or amendment ({@code since}: when it happened) says, and
 * whether its managing unit must confirm its content before it counts (an "other"-field model, lĩnh vực khác).
 * The newest version wins in any arrival order: {@link #supersedes} orders by {@code since}, then by
 * {@link #tieBreak()}, so two versions of the same instant still give one answer.
 */
public record ModelDetails(String title, String field, boolean confirmationRequired, Instant since) {

    /** Field name of an "other"-field model. */
    public static final String OTHER_FIELD = "OTHER";

    private static final Comparator<ModelDetails> ORDER = Comparator.comparing(ModelDetails::since)
            .thenComparing(ModelDetails::tieBreak);

    public ModelDetails {
        Objects.requireNonNull(since, "since");
    }

    /**
     * The confirmation rule of a registration: as the event says; an event published before it said anything
     * (older shape) requires confirmation for an "other"-field model, as the domain does.
     */
    public static boolean confirmationRequired(Boolean declared, String field) {
        return declared != null ? declared : OTHER_FIELD.equals(field);
    }

    /** Whether this version replaces {@code current} (which may be {@code null}). */
    public boolean supersedes(ModelDetails current) {
        return current == null || ORDER.compare(this, current) > 0;
    }

    /** Orders two versions of the same instant by their content (stored beside them, see the Mongo store). */
    public String tieBreak() {
        return (field == null ? "" : field) + "|" + confirmationRequired + "|" + (title == null ? "" : title);
    }
}
