package vn.thidua.registration.application.plan;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.campaign.CampaignDirectory;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.dossier.DocumentContent;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which units of a subtree have filed their plan for a campaign, and each unit's plan: the reading roles over the
 * unit (403 otherwise). The units are those open today: the unit itself and every unit below it.
 */
@Service
public class UnitPlanQueries {

    private final UnitPlanViewStore plans;
    private final UnitPlanFiles files;
    private final CampaignDirectory campaigns;
    private final UnitQueries units;
    private final AccessGuard guard;

    public UnitPlanQueries(UnitPlanViewStore plans, UnitPlanFiles files, CampaignDirectory campaigns,
                           UnitQueries units, AccessGuard guard) {
        this.plans = plans;
        this.files = files;
        this.campaigns = campaigns;
        this.units = units;
        this.guard = guard;
    }

    /** One unit of the subtree and its plan ({@code plan} null: none filed yet). */
    public record UnitPlanRow(UnitView unit, UnitPlanView plan) {
        public boolean filed() {
            return plan != null;
        }
    }

    /** The subtree's units, those without a plan first, then by name. */
    public record PlanOverview(CampaignView campaign, UnitView unit, List<UnitPlanRow> rows) {
        public long filed() {
            return rows.stream().filter(UnitPlanRow::filed).count();
        }

        public List<UnitPlanRow> missing() {
            return rows.stream().filter(r -> !r.filed()).toList();
        }
    }

    /** The plan a unit filed for a campaign, if any. */
    public Optional<UnitPlanView> plan(String campaignId, String unitId) {
        requireReader(unitId);
        return plans.find(UnitPlan.idOf(campaign(campaignId).campaignId(), unitId));
    }

    /**
     * The signed file of the plan in force, for whoever may read the plan.
     *
     * @throws NotFound the unit has no plan, or its plan no file (404: the reader may know that much)
     */
    public DocumentContent document(String campaignId, String unitId) {
        UnitPlanView plan = plan(campaignId, unitId).filter(p -> p.document() != null)
                .orElseThrow(() -> NotFound.referenceData("văn bản kế hoạch", "plan document", unitId));
        return files.find(plan.document().documentId()).filter(file -> plan.planId().equals(file.ownerId()))
                .orElseThrow(() -> NotFound.referenceData("văn bản kế hoạch", "plan document", unitId));
    }

    public PlanOverview overview(String campaignId, String unitId) {
        requireReader(unitId);
        CampaignView campaign = campaign(campaignId);
        UnitView unit = units.find(unitId).orElseThrow(() -> NotFound.referenceData("đơn vị", "unit", unitId));
        Map<String, UnitPlanView> filed = plans.ofCampaign(campaign.campaignId()).stream()
                .collect(Collectors.toMap(UnitPlanView::unitId, Function.identity(), (a, b) -> a));
        List<UnitPlanRow> rows = units.withSubtree(unitId).stream()
                .filter(u -> u.openOn(units.today()))
                .map(u -> new UnitPlanRow(u, filed.get(u.unitId())))
                .sorted(Comparator.comparing(UnitPlanRow::filed)
                        .thenComparing(r -> r.unit().name(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new PlanOverview(campaign, unit, rows);
    }

    /** An unknown campaign is refused as a unit outside the subtree (403): nothing under it can be probed. */
    private CampaignView campaign(String campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
    }

    private void requireReader(String unitId) {
        guard.requireRole(Role.workflow());
        guard.require(unitId, Role.workflow());
    }
}
