package vn.thidua.registration.application.plan;

import java.util.List;
import java.util.Optional;

/** Where the units' plans are kept (a port; MongoDB collection {@code unit_plans}, keyed by plan id). */
public interface UnitPlanViewStore {

    Optional<UnitPlanView> find(String planId);

    /** Inserts or replaces the plan's document. */
    void save(UnitPlanView plan);

    /** Every unit's plan for the campaign. */
    List<UnitPlanView> ofCampaign(String campaignId);
}
