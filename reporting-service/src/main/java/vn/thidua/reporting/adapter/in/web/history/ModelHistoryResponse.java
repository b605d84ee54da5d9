package vn.thidua.reporting.adapter.in.web.history;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.reporting.application.history.ModelHistoryQueries.ModelHistory;
import vn.thidua.reporting.domain.history.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Schema(description = "What happened to a model, oldest first: one entry per published event (a redelivered event "
        + "is the same entry)")
public record ModelHistoryResponse(String modelId, String campaignId, String unitId, List<Entry> entries) {

    @Schema(description = "One event of the model's history")
    public record Entry(@Schema(description = "The event's CloudEvents id") String eventId,
                        @Schema(description = "When it happened (the event's time)") Instant at,
                        @Schema(description = "Who: the user and the unit they acted for ('none' for a service)")
                        Actor actor,
                        @Schema(description = "What, as a code", example = "WITHDRAWN") String action,
                        @Schema(description = "What, in Vietnamese", example = "Rút đăng ký") String actionVi,
                        @Schema(description = "What, in English", example = "Registration withdrawn") String actionEn,
                        @Schema(description = "Why, where the event gives a reason (withdrawal, award proposal)")
                        String reason,
                        @Schema(description = "Title, file name, decision number, award form or recognising unit")
                        String detail,
                        @Schema(description = "Ties the event to the request that caused it") String correlationId) {
    }

    public record Actor(String userId, String unitId) {
    }

    static ModelHistoryResponse of(ModelHistory history, ModelActionTexts texts) {
        return new ModelHistoryResponse(history.model().modelId(), history.model().campaignId(),
                history.model().unitId(), history.entries().stream().map(e -> entry(e, texts)).toList());
    }

    private static Entry entry(HistoryEntry e, ModelActionTexts texts) {
        return new Entry(e.eventId(), e.at(), new Actor(e.actorUserId(), e.actorUnitId()), e.action().name(),
                texts.text(e.action(), ModelActionTexts.VIETNAMESE), texts.text(e.action(), Locale.ENGLISH),
                e.reason(), e.detail(), e.correlationId());
    }
}
