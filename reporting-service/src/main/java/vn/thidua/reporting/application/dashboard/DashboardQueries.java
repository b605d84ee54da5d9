package vn.thidua.reporting.application.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.target.TargetCoverageQueries;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A campaign's coverage rolled up the tree for a period and an "as of" day, for report readers over its organiser
 * (the dashboard, the summary table, the open data and the review report all read it), from the precomputed
 * {@link CoverageRollups}.
 */
@Service
public class DashboardQueries {

    private final CoverageRollups rollups;
    private final TargetCoverageQueries campaigns;

    @Autowired
    public DashboardQueries(CoverageRollups rollups, TargetCoverageQueries campaigns) {
        this.rollups = rollups;
        this.campaigns = campaigns;
    }

    /** Folding afresh for every answer (plain-class tests). */
    public DashboardQueries(ProjectionStore projection, TargetCoverageQueries campaigns) {
        this(CoverageRollups.uncached(projection), campaigns);
    }

    /**
     * Empty while the campaign's launch has not arrived; refused (403) outside the organiser's readers.
     *
     * @param periodCode a {@link ReportPeriod#code()} of the campaign; none or one it does not have: the whole
     *                   campaign
     * @param asOf       a day to stand on before the period's end, or {@code null}
     */
    public Optional<CoverageRollup> rollup(String campaignId, String periodCode, LocalDate asOf) {
        return campaigns.campaign(campaignId).map(campaign -> {
            ReportPeriod period = ReportPeriod.parse(periodCode, campaign)
                    .orElseGet(() -> ReportPeriod.wholeCampaign(campaign));
            return rollups.rollup(campaign, period, asOf);
        });
    }
}
