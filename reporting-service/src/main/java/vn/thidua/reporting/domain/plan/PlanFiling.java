package vn.thidua.reporting.domain.plan;

import java.time.Instant;

/**
 * A unit's own plan for a campaign (kế hoạch thực hiện) as heard of: when it was first filed (any version; a
 * replacement keeps the unit covered since then). Folds by the earliest time, so any order and any redelivery agree.
 */
public record PlanFiling(String campaignId, String unitId, Instant firstFiledAt) {

    public String id() {
        return campaignId + "|" + unitId;
    }

    /** Whether the plan was filed before the cutoff (the end of the standing day). */
    public boolean filedBefore(Instant cutoff) {
        return firstFiledAt != null && firstFiledAt.isBefore(cutoff);
    }
}
