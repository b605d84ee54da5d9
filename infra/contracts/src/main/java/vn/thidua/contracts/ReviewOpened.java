package vn.thidua.contracts;

import java.time.Instant;

/**
 * A review case (hồ sơ thẩm định) was opened for a registered model. Added later (additively): the authority it
 * was routed to ({@code authorityUnitId}), the rule of the routing table that matched (1–6, seed 004 section 3) and
 * why; all three null when no rule fitted and the case waits in the board's "needs routing" queue.
 */
public record ReviewOpened(String reviewCaseId, String modelId, String campaignId, String unitId,
                           String authorityUnitId, Integer routingRule, String routingReason,
                           Actor actor, Instant occurredAt) implements IntegrationEvent {

    /** The first published shape: only the properties every version carries. */
    public ReviewOpened(String reviewCaseId, String modelId, String campaignId, String unitId, Actor actor,
                        Instant occurredAt) {
        this(reviewCaseId, modelId, campaignId, unitId, null, null, null, actor, occurredAt);
    }

    @Override
    public String subject() {
        return reviewCaseId;
    }
}
