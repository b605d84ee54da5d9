package vn.thidua.reporting.application.plan;

import vn.thidua.reporting.application.ProjectionBatch;
import vn.thidua.reporting.application.ProjectionBatchWriter;
import vn.thidua.reporting.domain.plan.PlanFiling;

import java.util.List;

/** The units' own plans (port; MongoDB collection {@code unit_plans}), folded by their earliest filing. */
public interface PlanStore extends ProjectionBatchWriter {

    @Override
    default void write(ProjectionBatch batch) {
        recordAll(batch.plans());
    }

    /** A store that keeps nothing (projections built without plans). */
    PlanStore NONE = new PlanStore() {
        @Override
        public void recordAll(List<PlanFiling> filings) {
        }

        @Override
        public List<PlanFiling> ofCampaign(String campaignId) {
            return List.of();
        }
    };

    /** Keeps each unit's earliest filing per campaign. Idempotent, any order. */
    void recordAll(List<PlanFiling> filings);

    List<PlanFiling> ofCampaign(String campaignId);
}
