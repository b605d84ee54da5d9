package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit filed its own implementation plan (kế hoạch thực hiện) for a campaign: number, date issued, signer.
 * Filing again with other data replaces it as a new {@code version} (1, 2, …) of the same {@code planId};
 * the latest version is the plan in force. {@code note} may be null. {@code document}, added later (additively),
 * describes the plan's signed file when one was filed with it; null otherwise and in events published before it.
 */
public record UnitPlanFiled(String planId,
                            String campaignId,
                            String unitId,
                            int version,
                            String number,
                            LocalDate issuedOn,
                            String signer,
                            String note,
                            PlanDocument document,
                            Actor actor,
                            Instant occurredAt) implements IntegrationEvent {

    /** The first published shape: without the plan's document. */
    public UnitPlanFiled(String planId, String campaignId, String unitId, int version, String number,
                         LocalDate issuedOn, String signer, String note, Actor actor, Instant occurredAt) {
        this(planId, campaignId, unitId, version, number, issuedOn, signer, note, null, actor, occurredAt);
    }

    @Override
    public String subject() {
        return planId;
    }
}
