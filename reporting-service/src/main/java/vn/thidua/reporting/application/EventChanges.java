package vn.thidua.reporting.application;

import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.reporting.domain.Milestone;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.Registration;

import java.time.Instant;
import java.util.Optional;

/** Translates the published language (contracts) into what the projection folds. */
public final class EventChanges {

    private EventChanges() {
    }

    /**
     * @param fallbackTime when the event lacks {@code occurredAt}: the record's {@code ce_time}
     * @return empty for an event that says nothing about a model's progress
     */
    public static Optional<ModelChange> of(IntegrationEvent event, Instant fallbackTime) {
        if (event instanceof ModelRegistered e) {
            return Optional.of(ModelChange.registered(e.modelId(), e.campaignId(), e.unitId(),
                    new Registration(e.title(), name(e.field()), name(e.registrantKind())),
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ReviewOpened e) {
            return Optional.of(ModelChange.reached(e.modelId(), e.campaignId(), e.unitId(), Milestone.REVIEW_OPENED,
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ModelRecognized e) {
            return Optional.of(ModelChange.reached(e.modelId(), e.campaignId(), e.unitId(), Milestone.RECOGNIZED,
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof AwardProposed e) {
            return Optional.of(ModelChange.reached(e.modelId(), e.campaignId(), e.unitId(),
                    Milestone.PROPOSED_FOR_AWARD, time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof AwardDecided e) {
            return Optional.of(ModelChange.awardDecided(e.modelId(), e.campaignId(), e.unitId(),
                    e.outcome() == AwardOutcome.APPROVED, time(e.occurredAt(), fallbackTime)));
        }
        return Optional.empty();
    }

    private static Instant time(Instant occurredAt, Instant fallback) {
        if (occurredAt != null) return occurredAt;
        return fallback != null ? fallback : Instant.EPOCH;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
