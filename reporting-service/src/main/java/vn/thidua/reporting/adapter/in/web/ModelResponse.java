package vn.thidua.reporting.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.reporting.domain.Milestone;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.Registration;

import java.time.Instant;

@Schema(description = "A model as the reporting projection knows it. Registration details are absent while "
        + "only later events of the model have arrived.")
public record ModelResponse(String modelId, String campaignId, String unitId, String title, String field,
                            String registrantKind, boolean registered, Instant registeredAt, boolean reviewOpened,
                            boolean recognized, Instant recognizedAt, boolean proposedForAward,
                            Instant proposedForAwardAt, boolean awarded, Instant awardedAt) {

    static ModelResponse of(ModelProgress model) {
        Registration registration = model.registration();
        return new ModelResponse(model.modelId(), model.campaignId(), model.unitId(),
                registration == null ? null : registration.title(),
                registration == null ? null : registration.field(),
                registration == null ? null : registration.registrantKind(),
                model.has(Milestone.REGISTERED), at(model, Milestone.REGISTERED),
                model.has(Milestone.REVIEW_OPENED),
                model.has(Milestone.RECOGNIZED), at(model, Milestone.RECOGNIZED),
                model.has(Milestone.PROPOSED_FOR_AWARD), at(model, Milestone.PROPOSED_FOR_AWARD),
                model.has(Milestone.AWARDED), at(model, Milestone.AWARDED));
    }

    private static Instant at(ModelProgress model, Milestone milestone) {
        return model.reachedAt(milestone).orElse(null);
    }
}
