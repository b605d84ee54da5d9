package vn.thidua.reporting.application.page;

import org.springframework.stereotype.Service;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.ReportingQueries;
import vn.thidua.reporting.application.target.TargetCoverageQueries;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.unit.UnitTree;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static vn.thidua.reporting.application.access.ReportingAccess.REPORT_READERS;

/**
 * What the coverage page shows: the same answers as the JSON queries (coverage against targets, per-unit stage
 * counts) plus the names of the units they mention, read from one copy of the tree.
 */
@Service
public class CoveragePageQueries {

    /** A campaign's coverage with the tree to name its units by. */
    public record CoveragePage(TargetCoverage targets, CampaignCoverage stages, UnitTree tree) {

        /** The unit's display name, or its id when the unit was never heard of. */
        public String name(String unitId) {
            return unitId == null ? "" : tree.find(unitId).map(Unit::displayName).orElse(unitId);
        }
    }

    private final ProjectionStore projection;
    private final TargetCoverageQueries campaigns;
    private final ReportingQueries reporting;
    private final CampaignCatalogue catalogue;
    private final AccessGuard guard;

    public CoveragePageQueries(ProjectionStore projection, TargetCoverageQueries campaigns, ReportingQueries reporting,
                               CampaignCatalogue catalogue, AccessGuard guard) {
        this.projection = projection;
        this.campaigns = campaigns;
        this.reporting = reporting;
        this.catalogue = catalogue;
        this.guard = guard;
    }

    /**
     * Empty while the campaign's launch has not arrived (as GET /api/campaigns/{id}/target-coverage); refused (403)
     * to callers who do not read reports of its organiser unit.
     */
    public Optional<CoveragePage> page(String campaignId) {
        return campaigns.campaign(campaignId).map(campaign -> {
            Collection<Unit> units = projection.units(); // read once for the targets and the per-unit rows
            UnitTree tree = new UnitTree(units);
            TargetCoverage targets = TargetCoverage.of(campaign, tree, projection.models(campaignId));
            return new CoveragePage(targets, reporting.coverage(campaignId, null, () -> units), tree);
        });
    }

    /** The launched campaigns whose organiser unit the caller reads reports of, newest period first, then by id. */
    public List<Campaign> launchedCampaigns() {
        guard.requireRole(REPORT_READERS);
        Predicate<String> visible = guard.visibleUnits(REPORT_READERS);
        return catalogue.all().stream().filter(Campaign::launched)
                .filter(campaign -> visible.test(campaign.organiserUnitId()))
                .sorted(Comparator.comparing(Campaign::startYear, Comparator.reverseOrder())
                        .thenComparing(Campaign::campaignId))
                .toList();
    }
}
