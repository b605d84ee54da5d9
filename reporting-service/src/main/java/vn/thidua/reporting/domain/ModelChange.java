package vn.thidua.reporting.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event tells about one model: its identity, the registration (only the registration has it), the current
 * details (registration or amendment), at most one milestone ({@code at}: when), a content confirmation or a
 * withdrawal, an effectiveness verdict; {@code null} where the event does not say (an amendment and a confirmation carry no unit, an award
 * decided REJECTED reaches no milestone). Folded by {@link ModelProgress#apply(ModelChange)}, commutative and
 * idempotent (see the README, "How the projection stays right").
 */
public record ModelChange(String modelId, String campaignId, String unitId, Registration registration,
                          ModelDetails details, ModelStage milestone, Instant at, Instant contentConfirmedAt,
                          Instant withdrawnAt, Verdict verdict) {

    /** A change without an effectiveness verdict (the first shape of this record). */
    public ModelChange(String modelId, String campaignId, String unitId, Registration registration,
                       ModelDetails details, ModelStage milestone, Instant at, Instant contentConfirmedAt,
                       Instant withdrawnAt) {
        this(modelId, campaignId, unitId, registration, details, milestone, at, contentConfirmedAt, withdrawnAt,
                null);
    }

    public ModelChange {
        requireText(modelId, "modelId");
        requireText(campaignId, "campaignId");
        if (unitId != null) requireText(unitId, "unitId");
        if (milestone != null) Objects.requireNonNull(at, "at is required with a milestone");
    }

    public static ModelChange registered(String modelId, String campaignId, String unitId, Registration registration,
                                         Instant at) {
        return registered(modelId, campaignId, unitId, registration, null, at);
    }

    /**
     * @param confirmationRequired what the event says about confirming an "other"-field model; {@code null} when
     *                             it is of the shape that said nothing (see {@link ModelDetails#confirmationRequired})
     */
    public static ModelChange registered(String modelId, String campaignId, String unitId, Registration registration,
                                         Boolean confirmationRequired, Instant at) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(at, "at");
        ModelDetails details = new ModelDetails(registration.title(), registration.field(),
                ModelDetails.confirmationRequired(confirmationRequired, registration.field()), at);
        return new ModelChange(modelId, campaignId, requireText(unitId, "unitId"), registration, details,
                ModelStage.REGISTERED, at, null, null);
    }

    public static ModelChange reached(String modelId, String campaignId, String unitId, ModelStage milestone,
                                      Instant at) {
        if (milestone == ModelStage.REGISTERED) {
            throw new IllegalArgumentException("A registration carries its details: use registered(...)");
        }
        return new ModelChange(modelId, campaignId, requireText(unitId, "unitId"), null, null,
                Objects.requireNonNull(milestone, "milestone"), at, null, null);
    }

    /** The award decision rule: only an approved decision makes the model awarded. */
    public static ModelChange awardDecided(String modelId, String campaignId, String unitId, boolean approved,
                                           Instant at) {
        return approved
                ? reached(modelId, campaignId, unitId, ModelStage.AWARDED, at)
                : new ModelChange(modelId, campaignId, requireText(unitId, "unitId"), null, null, null, null, null,
                        null);
    }

    /** The registering unit amended the model: new title, field and confirmation rule (the event has no unit). */
    public static ModelChange amended(String modelId, String campaignId, ModelDetails details) {
        return new ModelChange(modelId, campaignId, null, null, Objects.requireNonNull(details, "details"), null, null,
                null, null);
    }

    /** The managing unit confirmed the content of an "other"-field model (xác nhận nội dung). */
    public static ModelChange contentConfirmed(String modelId, String campaignId, Instant at) {
        return new ModelChange(modelId, campaignId, null, null, null, null, null, Objects.requireNonNull(at, "at"),
                null);
    }

    /** The registering unit withdrew the model (rút đăng ký): from then on it no longer counts. */
    public static ModelChange withdrawn(String modelId, String campaignId, String unitId, Instant at) {
        return new ModelChange(modelId, campaignId, requireText(unitId, "unitId"), null, null, null, null, null,
                Objects.requireNonNull(at, "at"));
    }

    /** A review assessed how the model operates (ModelEffectivenessAssessed); the latest verdict is the one in force. */
    public static ModelChange assessed(String modelId, String campaignId, String unitId, Verdict verdict) {
        return new ModelChange(modelId, campaignId, unitId, null, null, null, null, null, null,
                Objects.requireNonNull(verdict, "verdict"));
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
        return value;
    }
}
