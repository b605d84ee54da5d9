package vn.thidua.registration.application.plan;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.registration.application.campaign.CampaignDirectory;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.model.ModelCommands;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.plan.FileUnitPlanCommand;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Files a unit's plan (kế hoạch thực hiện) for a campaign: a unit officer over the unit (403 otherwise), the campaign
 * known (404) and open, the unit known and open today; every bad field named at once with the aggregate's rules.
 */
@Service
public class UnitPlanCommands {

    private final CommandGateway commands;
    private final CampaignDirectory campaigns;
    private final UnitQueries units;
    private final AccessGuard guard;
    private final Clock clock;

    public UnitPlanCommands(CommandGateway commands, CampaignDirectory campaigns, UnitQueries units,
                            AccessGuard guard, Clock clock) {
        this.commands = commands;
        this.campaigns = campaigns;
        this.units = units;
        this.guard = guard;
        this.clock = clock;
    }

    /** A plan as the unit fills it in. */
    public record PlanInput(String unitId, String number, LocalDate issuedOn, String signer, String note) {
    }

    /**
     * @throws NotFound an unknown campaign (reference data: 404)
     * @throws vn.thidua.platform.domain.InvalidInput naming every bad field; nothing is filed then
     */
    public UnitPlan.Filing file(String campaignId, PlanInput in) {
        guard.requireRole(Role.UNIT_OFFICER);
        CampaignView campaign = campaigns.find(campaignId)
                .orElseThrow(() -> NotFound.referenceData("phong trào", "campaign", campaignId));
        LocalDate today = VietnamTime.today(clock);
        List<FieldIssue> issues = new ArrayList<>();
        String unitId = in.unitId() == null ? null : in.unitId().strip();
        if (unitId != null && !unitId.isEmpty()) {
            UnitView unit = units.find(unitId).orElse(null);
            if (unit == null) {
                issues.add(FieldIssue.of("unitId", "model-no-such-unit"));
            } else {
                guard.require(unitId, Role.UNIT_OFFICER);
                if (!unit.openOn(today)) issues.add(ModelCommands.closed("unitId", unit));
            }
        }
        FileUnitPlanCommand command = new FileUnitPlanCommand(campaign.campaignId(), unitId, in.number(),
                in.issuedOn(), in.signer(), in.note(), LocalDate.of(campaign.startYear(), 1, 1), campaign.open(),
                today);
        issues.addAll(UnitPlan.issues(command));
        if (!issues.isEmpty()) throw UnitPlan.invalid(issues);
        return commands.sendAndWait(command);
    }
}
