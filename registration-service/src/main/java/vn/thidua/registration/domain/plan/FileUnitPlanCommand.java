package vn.thidua.registration.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Nộp kế hoạch thực hiện: a unit files (or replaces) its own implementation plan for a campaign. The caller states
 * what the rules need from outside: the first day of the campaign's period, whether it is still open, and today
 * (Vietnam time). {@code note} may be null; so may {@code document}, the plan's signed file when one comes with it
 * (its bytes already stored).
 */
public record FileUnitPlanCommand(String campaignId, String unitId, String number, LocalDate issuedOn, String signer,
                                  String note, PlanDocument document, LocalDate campaignStartsOn,
                                  boolean campaignOpen, LocalDate today) {

    @TargetAggregateIdentifier
    public String planId() {
        return UnitPlan.idOf(campaignId, unitId);
    }
}
