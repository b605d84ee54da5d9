package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit registered a "Dân vận khéo" model (đăng ký mô hình). {@code managingUnitId} may be null. The
 * properties after {@code field} were added later (additively): events published before them carry none.
 */
public record ModelRegistered(String modelId, String campaignId, String unitId, String managingUnitId,
                              RegistrantKind registrantKind, String title, ModelField field,
                              Boolean managingUnitConfirmationRequired, ModelNovelty novelty,
                              IndividualRegistrant individual, String content, String method,
                              String expectedResults, LocalDate startDate, Boolean late, String replicaOf,
                              Actor actor, Instant occurredAt) implements IntegrationEvent {

    /** The first published shape: only the properties every version carries. */
    public ModelRegistered(String modelId, String campaignId, String unitId, String managingUnitId,
                           RegistrantKind registrantKind, String title, ModelField field,
                           Actor actor, Instant occurredAt) {
        this(modelId, campaignId, unitId, managingUnitId, registrantKind, title, field,
                null, null, null, null, null, null, null, null, null, actor, occurredAt);
    }

    @Override
    public String subject() {
        return modelId;
    }
}
