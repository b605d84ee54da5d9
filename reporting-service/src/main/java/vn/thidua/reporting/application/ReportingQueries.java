package vn.thidua.reporting.application;

import org.springframework.stereotype.Service;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.ModelProgress;

import java.util.Optional;

/** What the projection answers. */
@Service
public class ReportingQueries {

    private final ProjectionStore projection;

    public ReportingQueries(ProjectionStore projection) {
        this.projection = projection;
    }

    /** Coverage of a campaign; a campaign without models has no units (never "not found"). */
    public CampaignCoverage coverage(String campaignId) {
        return projection.coverage(campaignId);
    }

    public Optional<ModelProgress> model(String modelId) {
        return projection.find(modelId);
    }
}
