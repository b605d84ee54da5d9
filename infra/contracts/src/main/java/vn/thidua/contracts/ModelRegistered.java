package vn.thidua.contracts;

import java.time.Instant;

/** A unit registered a "Dân vận khéo" model (đăng ký mô hình). {@code managingUnitId} may be null. */
public record ModelRegistered(String modelId, String campaignId, String unitId, String managingUnitId,
                              RegistrantKind registrantKind, String title, ModelField field,
                              Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return modelId;
    }
}
