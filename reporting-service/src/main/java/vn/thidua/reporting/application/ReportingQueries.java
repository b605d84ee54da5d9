package vn.thidua.reporting.application;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Role;
import vn.thidua.reporting.application.access.ProjectedUnits;
import vn.thidua.reporting.domain.unit.Unit;
import vn.thidua.reporting.domain.CampaignCoverage;
import vn.thidua.reporting.domain.UnitCoverage;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.campaign.Campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static vn.thidua.reporting.application.access.ReportingAccess.MODEL_READERS;
import static vn.thidua.reporting.application.access.ReportingAccess.REPORT_READERS;

/** What the projection answers, to the callers allowed to see it. */
@Service
public class ReportingQueries {

    private final ProjectionStore projection;
    private final AccessGuard guard;

    public ReportingQueries(ProjectionStore projection, AccessGuard guard) {
        this.projection = projection;
        this.guard = guard;
    }

    /** Coverage of a launched campaign as a whole: see {@link #coverage(String, String)}. */
    public CampaignCoverage coverage(String campaignId) {
        return coverage(campaignId, null);
    }

    /**
     * Coverage of a launched campaign, for report readers over its organiser unit, or, with {@code unitId}, over that
     * unit (then only the units of its subtree are counted). Either way only units inside the caller's subtree are
     * listed and totalled. A campaign without models has no units. A campaign whose launch has not arrived is not
     * found (told only to callers allowed to ask).
     */
    public CampaignCoverage coverage(String campaignId, String unitId) {
        return coverage(campaignId, unitId, projection::units);
    }

    /** As {@link #coverage(String, String)}, over a tree the caller has already read. */
    public CampaignCoverage coverage(String campaignId, String unitId, Supplier<? extends Collection<Unit>> tree) {
        guard.requireRole(REPORT_READERS);
        if (unitId != null) guard.require(unitId, REPORT_READERS);
        Campaign campaign = projection.campaign(campaignId).filter(Campaign::launched)
                .orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
        if (unitId == null) guard.require(campaign.organiserUnitId(), REPORT_READERS);
        CampaignCoverage all = projection.coverage(campaignId);
        // the tree read once for the whole list
        Jurisdiction jurisdiction = ProjectedUnits.over(tree.get()).jurisdiction();
        Predicate<String> visible = new AccessGuard(jurisdiction).visibleUnits(REPORT_READERS);
        List<UnitCoverage> units = all.units().stream()
                .filter(unit -> visible.test(unit.unitId()))
                .filter(unit -> unitId == null || jurisdiction.covers(unitId, unit.unitId()))
                .toList();
        return units.size() == all.units().size() ? all : CampaignCoverage.of(campaignId, units);
    }

    /**
     * A model's progress, for model readers over the model's unit (a managing-unit officer also over the model's
     * managing unit); outside them 403, whether or not it exists there. Empty (404) only to callers holding a role.
     */
    public Optional<ModelProgress> model(String modelId) {
        guard.requireRole(MODEL_READERS);
        Optional<ModelProgress> model = projection.find(modelId);
        model.ifPresent(this::requireReader);
        return model;
    }

    /** Refuses unless the caller reads models of this model's unit (or manages it). */
    public void requireReader(ModelProgress model) {
        String managingUnitId = model.registration() == null ? null : model.registration().managingUnitId();
        if (guard.allows(model.unitId(), MODEL_READERS)
                || guard.allows(managingUnitId, Role.MANAGING_UNIT_OFFICER)) {
            return;
        }
        guard.require(model.unitId(), MODEL_READERS); // refuses, with the reason (role or unit)
        throw new OutsideJurisdiction("unit");
    }
}
