package vn.thidua.contracts;

import java.time.Instant;

/** A review case (hồ sơ thẩm định) was opened for a registered model. */
public record ReviewOpened(String reviewCaseId, String modelId, String campaignId, String unitId,
                           Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
