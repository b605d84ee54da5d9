package vn.thidua.reporting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;

/**
 * How far one model has come, folded from {@link ModelChange}s: identity first seen, registration facts the
 * registration's, details the newest by event time, each milestone's earliest time, the latest content
 * confirmation and the earliest withdrawal ({@code null} until heard of), and every effectiveness verdict by time.
 * Milestones, withdrawals and verdicts are never taken back, so any order and any repetition of the changes gives
 * the same result.
 */
public record ModelProgress(String modelId, String campaignId, String unitId, Registration registration,
                            Map<ModelStage, Instant> reached, ModelDetails details, Instant contentConfirmedAt,
                            Instant withdrawnAt, NavigableMap<Instant, String> verdicts) {

    public ModelProgress {
        reached = reached.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reached));
        verdicts = verdicts == null || verdicts.isEmpty() ? Collections.emptyNavigableMap()
                : Collections.unmodifiableNavigableMap(new TreeMap<>(verdicts));
    }

    /** Progress without effectiveness verdicts. */
    public ModelProgress(String modelId, String campaignId, String unitId, Registration registration,
                         Map<ModelStage, Instant> reached, ModelDetails details, Instant contentConfirmedAt,
                         Instant withdrawnAt) {
        this(modelId, campaignId, unitId, registration, reached, details, contentConfirmedAt, withdrawnAt, null);
    }

    /** Progress without amendments, confirmations or withdrawals (the first shape of this record). */
    public ModelProgress(String modelId, String campaignId, String unitId, Registration registration,
                         Map<ModelStage, Instant> reached) {
        this(modelId, campaignId, unitId, registration, reached, null, null, null);
    }

    /** The progress of a model first heard of through {@code change}. */
    public static ModelProgress from(ModelChange change) {
        return new ModelProgress(change.modelId(), change.campaignId(), change.unitId(), null, Map.of())
                .apply(change);
    }

    public ModelProgress apply(ModelChange change) {
        if (!modelId.equals(change.modelId())) {
            throw new IllegalArgumentException("Change of model " + change.modelId() + " applied to " + modelId);
        }
        Registration nextRegistration = change.registration() != null ? change.registration() : registration;
        Map<ModelStage, Instant> next = new EnumMap<>(ModelStage.class);
        next.putAll(reached);
        if (change.milestone() != null) {
            next.merge(change.milestone(), change.at(), ModelProgress::earliest);
        }
        ModelDetails nextDetails = change.details() != null && change.details().supersedes(details)
                ? change.details() : details;
        NavigableMap<Instant, String> nextVerdicts = verdicts;
        if (change.verdict() != null) {
            nextVerdicts = new TreeMap<>(verdicts);
            // two verdicts of the same instant: the greater name, so any order gives one answer
            nextVerdicts.merge(change.verdict().at(), change.verdict().verdict(),
                    (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return new ModelProgress(modelId, campaignId, unitId != null ? unitId : change.unitId(), nextRegistration,
                next, nextDetails, latest(contentConfirmedAt, change.contentConfirmedAt()),
                earliest(withdrawnAt, change.withdrawnAt()), nextVerdicts);
    }

    public boolean has(ModelStage milestone) {
        return reached.containsKey(milestone);
    }

    public Optional<Instant> reachedAt(ModelStage milestone) {
        return Optional.ofNullable(reached.get(milestone));
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /**
     * An "other"-field model whose content its managing unit has not confirmed since the registration or amendment
     * that asked for it (chờ đơn vị quản lý xác nhận nội dung).
     */
    public boolean awaitsConfirmation() {
        return details != null && details.confirmationRequired()
                && (contentConfirmedAt == null || contentConfirmedAt.isBefore(details.since()));
    }

    /**
     * The counting rule of coverage against targets: registered, not withdrawn, and not an "other"-field model
     * still awaiting its content confirmation.
     */
    public boolean counts() {
        return has(ModelStage.REGISTERED) && !isWithdrawn() && !awaitsConfirmation();
    }

    /**
     * {@link #counts()} as it stood just before {@code cutoff}: registered and not withdrawn before it, and not an
     * "other"-field model whose content was not yet confirmed then (the details are today's: an amendment after the
     * cutoff is taken as known).
     */
    public boolean countsBefore(Instant cutoff) {
        if (!reachedBefore(ModelStage.REGISTERED, cutoff)) return false;
        if (withdrawnAt != null && withdrawnAt.isBefore(cutoff)) return false;
        boolean awaiting = details != null && details.confirmationRequired()
                && (contentConfirmedAt == null || contentConfirmedAt.isBefore(details.since())
                        || !contentConfirmedAt.isBefore(cutoff));
        return !awaiting;
    }

    /** Whether the milestone was reached before {@code cutoff}. */
    public boolean reachedBefore(ModelStage milestone, Instant cutoff) {
        Instant at = reached.get(milestone);
        return at != null && at.isBefore(cutoff);
    }

    /**
     * Whether its latest effectiveness verdict recorded before {@code cutoff} is {@code EFFECTIVE} (hoạt động hiệu
     * quả); no verdict by then: not effective.
     */
    public boolean effectiveBefore(Instant cutoff) {
        Map.Entry<Instant, String> latest = verdicts.lowerEntry(cutoff);
        return latest != null && Verdict.EFFECTIVE.equals(latest.getValue());
    }

    /** The field it counts in now (amendments move it), or {@code null} while unknown. */
    public String field() {
        return details != null ? details.field() : registration == null ? null : registration.field();
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
