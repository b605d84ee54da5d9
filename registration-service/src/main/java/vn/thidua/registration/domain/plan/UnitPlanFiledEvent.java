package vn.thidua.registration.domain.plan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A unit's plan for a campaign was filed as {@code version} (1, then one more per replacement). {@code document}
 * (added later; null in events stored before it, and when the version has no file) is the plan's signed file.
 */
@Revision("1")
public record UnitPlanFiledEvent(String campaignId, String unitId, int version, String number, LocalDate issuedOn,
                                 String signer, String note, PlanDocument document) {
}
