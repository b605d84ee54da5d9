package vn.thidua.reporting.application.target;

import org.springframework.stereotype.Service;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.LocalDate;
import java.util.Optional;

/** Campaigns and their coverage against targets, from the projection. */
@Service
public class TargetCoverageQueries {

    private final ProjectionStore projection;

    public TargetCoverageQueries(ProjectionStore projection) {
        this.projection = projection;
    }

    /** The campaign, once its launch has arrived; empty before. */
    public Optional<Campaign> campaign(String campaignId) {
        return projection.campaign(campaignId).filter(Campaign::launched);
    }

    /**
     * Coverage against the campaign's targets over its period, or, with {@code on}, over that one day (the tree
     * as it stood then). Empty while the campaign's launch has not arrived.
     */
    public Optional<TargetCoverage> targetCoverage(String campaignId, LocalDate on) {
        return campaign(campaignId).map(campaign -> {
            UnitTree tree = new UnitTree(projection.units());
            var models = projection.models(campaignId);
            return on == null ? TargetCoverage.of(campaign, tree, models)
                    : TargetCoverage.of(campaign, tree, models, on, on);
        });
    }
}
