package vn.thidua.reporting.application.plan;

import org.springframework.stereotype.Service;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.domain.plan.PlanCoverage;
import vn.thidua.reporting.domain.rollup.CoverageRollup;

import java.util.List;

/** "Units with a plan" per target kind over a rollup the caller may read (the dashboard's and the open data's). */
@Service
public class PlanQueries {

    private final PlanStore plans;

    public PlanQueries(PlanStore plans) {
        this.plans = plans;
    }

    public List<PlanCoverage> coverage(CoverageRollup rollup, String unitId) {
        return PlanCoverage.of(rollup, unitId, plans.ofCampaign(rollup.campaign().campaignId()), VietnamTime.ZONE);
    }
}
