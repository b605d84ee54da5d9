package vn.thidua.registration.application.plan;

import vn.thidua.registration.domain.plan.PlanDocument;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's plan for a campaign (kế hoạch thực hiện) as it stands: its latest version, when that was filed and
 * by whom, and when the first version was. Written only by {@link UnitPlanViewProjector}; {@code note} may be null,
 * and so may {@code document} (the plan's signed file, none filed with it).
 */
public record UnitPlanView(String planId, String campaignId, String unitId, int version, String number,
                           LocalDate issuedOn, String signer, String note, Instant filedAt, String filedBy,
                           Instant firstFiledAt, PlanDocument document) {
}
