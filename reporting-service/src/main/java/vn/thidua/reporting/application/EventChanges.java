package vn.thidua.reporting.application;

import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelAmended;
import vn.thidua.contracts.ModelContentConfirmed;
import vn.thidua.contracts.ModelEffectivenessAssessed;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.ModelWithdrawn;
import vn.thidua.contracts.ReviewOpened;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.ModelChange;
import vn.thidua.reporting.domain.ModelDetails;
import vn.thidua.reporting.domain.Registration;
import vn.thidua.reporting.domain.Verdict;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Translates the published language (contracts) about models into what the projection folds. */
public final class EventChanges {

    private EventChanges() {
    }

    /**
     * @param fallbackTime when the event lacks {@code occurredAt}: the record's {@code ce_time}
     * @return empty for an event that says nothing about a model's progress
     * @throws IllegalArgumentException for an event that lacks what the projection needs (a malformed record)
     */
    public static Optional<ModelChange> of(IntegrationEvent event, Instant fallbackTime) {
        try {
            return translate(event, fallbackTime);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("Malformed " + event.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Optional<ModelChange> translate(IntegrationEvent event, Instant fallbackTime) {
        if (event instanceof ModelRegistered e) {
            return Optional.of(ModelChange.registered(e.modelId(), e.campaignId(), e.unitId(),
                    new Registration(e.title(), name(e.field()), name(e.registrantKind()), e.managingUnitId(),
                            name(e.novelty()), e.late(), e.replicaOf()),
                    e.managingUnitConfirmationRequired(), time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ModelAmended e) {
            return Optional.of(ModelChange.amended(e.modelId(), e.campaignId(), new ModelDetails(e.title(),
                    name(e.field()), e.contentConfirmationRequired(), time(e.occurredAt(), fallbackTime))));
        }
        if (event instanceof ModelContentConfirmed e) {
            return Optional.of(ModelChange.contentConfirmed(e.modelId(), e.campaignId(),
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ModelWithdrawn e) {
            return Optional.of(ModelChange.withdrawn(e.modelId(), e.campaignId(), e.unitId(),
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ReviewOpened e) {
            return Optional.of(ModelChange.reached(e.modelId(), e.campaignId(), e.unitId(), ModelStage.REVIEW_OPENED,
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ModelRecognized e) {
            return Optional.of(ModelChange.reached(e.modelId(), e.campaignId(), e.unitId(), ModelStage.RECOGNIZED,
                    time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof ModelEffectivenessAssessed e) {
            return Optional.of(ModelChange.assessed(e.modelId(), e.campaignId(), e.unitId(),
                    new Verdict(time(e.occurredAt(), fallbackTime), e.verdict())));
        }
        // an award to a nominee without a model ("none") is no model's progress
        if (event instanceof AwardProposed e && !"none".equals(e.modelId())) {
            return Optional.of(ModelChange.reached(e.modelId(), e.campaignId(), e.unitId(),
                    ModelStage.PROPOSED_FOR_AWARD, time(e.occurredAt(), fallbackTime)));
        }
        if (event instanceof AwardDecided e && !"none".equals(e.modelId())) {
            return Optional.of(ModelChange.awardDecided(e.modelId(), e.campaignId(), e.unitId(),
                    e.outcome() == AwardOutcome.APPROVED, time(e.occurredAt(), fallbackTime)));
        }
        // DossierDocumentAttached/Removed (no campaign in them) and the campaign and tree events are not about progress
        return Optional.empty();
    }

    /**
     * The event's time to the millisecond, as the store keeps it: two events of the same millisecond are then
     * ordered by their content, the same way in memory and in MongoDB.
     */
    public static Instant time(Instant occurredAt, Instant fallback) {
        Instant time = occurredAt != null ? occurredAt : fallback != null ? fallback : Instant.EPOCH;
        return time.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
