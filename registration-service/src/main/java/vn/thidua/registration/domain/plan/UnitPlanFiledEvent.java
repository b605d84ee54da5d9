package vn.thidua.registration.domain.plan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A unit's plan for a campaign was filed as {@code version} (1, then one more per replacement). */
@Revision("1")
public record UnitPlanFiledEvent(String campaignId, String unitId, int version, String number, LocalDate issuedOn,
                                 String signer, String note) {
}
