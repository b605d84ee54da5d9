package vn.thidua.reporting.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.ModelDetails;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.Registration;

import java.time.Instant;

@Schema(description = "A model as the reporting projection knows it. Registration details are absent while "
        + "only later events of the model have arrived. Title and field are the newest (amendments change them).")
public record ModelResponse(String modelId, String campaignId, String unitId, String title, String field,
                            String registrantKind, boolean registered, Instant registeredAt, boolean reviewOpened,
                            boolean recognized, Instant recognizedAt, boolean proposedForAward,
                            Instant proposedForAwardAt, boolean awarded, Instant awardedAt,
                            @Schema(description = "Withdrawn by its unit (rút đăng ký): it no longer counts")
                            boolean withdrawn, Instant withdrawnAt,
                            @Schema(description = "An 'other'-field model whose content its managing unit must "
                                    + "confirm before it counts") boolean contentConfirmationRequired,
                            Instant contentConfirmedAt,
                            @Schema(description = "Still waiting for that confirmation") boolean awaitingConfirmation,
                            @Schema(description = "Counts toward coverage against targets: registered, not withdrawn, "
                                    + "not awaiting confirmation") boolean counts,
                            String managingUnitId, String novelty,
                            @Schema(description = "Registered after the last window (đăng ký muộn)") boolean late,
                            @Schema(description = "The model it replicates (nhân rộng), if any") String replicaOf) {

    static ModelResponse of(ModelProgress model) {
        Registration registration = model.registration();
        ModelDetails details = model.details();
        String title = details != null ? details.title() : registration == null ? null : registration.title();
        return new ModelResponse(model.modelId(), model.campaignId(), model.unitId(), title, model.field(),
                registration == null ? null : registration.registrantKind(),
                model.has(ModelStage.REGISTERED), at(model, ModelStage.REGISTERED),
                model.has(ModelStage.REVIEW_OPENED),
                model.has(ModelStage.RECOGNIZED), at(model, ModelStage.RECOGNIZED),
                model.has(ModelStage.PROPOSED_FOR_AWARD), at(model, ModelStage.PROPOSED_FOR_AWARD),
                model.has(ModelStage.AWARDED), at(model, ModelStage.AWARDED),
                model.isWithdrawn(), model.withdrawnAt(),
                details != null && details.confirmationRequired(), model.contentConfirmedAt(),
                model.awaitsConfirmation(), model.counts(),
                registration == null ? null : registration.managingUnitId(),
                registration == null ? null : registration.novelty(),
                registration != null && registration.isLate(),
                registration == null ? null : registration.replicaOf());
    }

    private static Instant at(ModelProgress model, ModelStage milestone) {
        return model.reachedAt(milestone).orElse(null);
    }
}
