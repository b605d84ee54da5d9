package vn.thidua.reporting.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event tells about one model: its identity (every event carries campaign and unit), the registration
 * details (only the registration has them) and at most one milestone reached at a time.
 * <p>
 * Changes are folded by {@link ModelProgress#apply(ModelChange)}; the fold is commutative and idempotent, so a
 * projection can apply them in any order, any number of times, and as atomic upserts: identity is set on insert,
 * registration details are set, a milestone's flag is set and its time is the earliest seen.
 *
 * @param registration {@code null} unless the event is the registration
 * @param milestone    {@code null} when the event reaches none (e.g. an award decided REJECTED)
 * @param at           when the milestone was reached; {@code null} when there is no milestone
 */
public record ModelChange(String modelId, String campaignId, String unitId, Registration registration,
                          Milestone milestone, Instant at) {

    public ModelChange {
        requireText(modelId, "modelId");
        requireText(campaignId, "campaignId");
        requireText(unitId, "unitId");
        if (milestone != null) Objects.requireNonNull(at, "at is required with a milestone");
    }

    public static ModelChange registered(String modelId, String campaignId, String unitId, Registration registration,
                                         Instant at) {
        return new ModelChange(modelId, campaignId, unitId, Objects.requireNonNull(registration, "registration"),
                Milestone.REGISTERED, at);
    }

    public static ModelChange reached(String modelId, String campaignId, String unitId, Milestone milestone,
                                      Instant at) {
        if (milestone == Milestone.REGISTERED) {
            throw new IllegalArgumentException("A registration carries its details: use registered(...)");
        }
        return new ModelChange(modelId, campaignId, unitId, null, Objects.requireNonNull(milestone, "milestone"), at);
    }

    /** The award decision rule: only an approved decision makes the model awarded. */
    public static ModelChange awardDecided(String modelId, String campaignId, String unitId, boolean approved,
                                           Instant at) {
        return approved
                ? reached(modelId, campaignId, unitId, Milestone.AWARDED, at)
                : new ModelChange(modelId, campaignId, unitId, null, null, null);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
    }
}
