package vn.thidua.reporting.application.dashboard;

import org.springframework.stereotype.Service;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.target.TargetCoverageQueries;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.ReportPeriod;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A campaign's coverage rolled up the tree for a period and an "as of" day, for report readers over its organiser
 * (the dashboard, the summary table, the open data and the review report all read it).
 */
@Service
public class DashboardQueries {

    private final ProjectionStore projection;
    private final TargetCoverageQueries campaigns;

    public DashboardQueries(ProjectionStore projection, TargetCoverageQueries campaigns) {
        this.projection = projection;
        this.campaigns = campaigns;
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
            return CoverageRollup.of(campaign, new UnitTree(projection.units()), projection.models(campaignId),
                    period, asOf, VietnamTime.ZONE);
        });
    }
}
