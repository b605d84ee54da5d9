package vn.thidua.reporting.application.plan;

import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.reporting.application.EventChanges;
import vn.thidua.reporting.domain.plan.PlanFiling;

import java.time.Instant;
import java.util.Optional;

/** Translates registration's {@code UnitPlanFiled} into a unit's plan filing. */
public final class PlanFilings {

    private PlanFilings() {
    }

    /** Empty for any other event. @throws IllegalArgumentException a plan without its campaign or unit */
    public static Optional<PlanFiling> of(IntegrationEvent event, Instant fallbackTime) {
        if (!(event instanceof UnitPlanFiled e)) return Optional.empty();
        if (e.campaignId() == null || e.unitId() == null) {
            throw new IllegalArgumentException("UnitPlanFiled " + e.planId() + " without its campaign or unit");
        }
        return Optional.of(new PlanFiling(e.campaignId(), e.unitId(), EventChanges.time(e.occurredAt(), fallbackTime)));
    }
}
