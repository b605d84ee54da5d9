package vn.thidua.reporting.application.target;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.application.dashboard.CoverageRollups;

import java.time.LocalDate;
import java.util.Optional;

import static vn.thidua.reporting.application.access.ReportingAccess.REPORT_READERS;

/**
 * Campaigns and their coverage against targets, from the projection, for report readers over the campaign's
 * organiser unit (403 elsewhere; a campaign not launched is empty, i.e. 404, only to callers holding a reader role).
 */
@Service
public class TargetCoverageQueries {

    private final ProjectionStore projection;
    private final AccessGuard guard;
    private final CoverageRollups rollups;

    @Autowired
    public TargetCoverageQueries(ProjectionStore projection, AccessGuard guard, CoverageRollups rollups) {
        this.projection = projection;
        this.guard = guard;
        this.rollups = rollups;
    }

    /** Computing afresh for every answer (plain-class tests). */
    public TargetCoverageQueries(ProjectionStore projection, AccessGuard guard) {
        this(projection, guard, CoverageRollups.uncached(projection));
    }

    /** The campaign, once its launch has arrived; empty before. */
    public Optional<Campaign> campaign(String campaignId) {
        guard.requireRole(REPORT_READERS);
        Optional<Campaign> campaign = projection.campaign(campaignId).filter(Campaign::launched);
        campaign.ifPresent(found -> guard.require(found.organiserUnitId(), REPORT_READERS));
        return campaign;
    }

    /**
     * Coverage against the campaign's targets over its period, or, with {@code on}, over that one day (the tree
     * as it stood then). Empty while the campaign's launch has not arrived.
     */
    public Optional<TargetCoverage> targetCoverage(String campaignId, LocalDate on) {
        return campaign(campaignId).map(campaign -> rollups.targetCoverage(campaign, on));
    }
}
