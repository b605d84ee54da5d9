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
 * Files a unit's plan (kế hoạch thực hiện) for a campaign: a unit officer over the unit (403 otherwise, and for an
 * unknown campaign), the campaign open, the unit known and open today; every bad field named at once with the aggregate's rules.
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
     * @throws NotFound an unknown campaign (403, as a unit outside the subtree: a plan's ids cannot be probed)
     * @throws vn.thidua.platform.domain.InvalidInput naming every bad field; nothing is filed then
     */
    public UnitPlan.Filing file(String campaignId, PlanInput in) {
        return file(campaignId, in, List.of());
    }

    /** As {@link #file(String, PlanInput)}, with the issues a form found reading its text (an unreadable date). */
    public UnitPlan.Filing file(String campaignId, PlanInput in, List<FieldIssue> unreadable) {
        guard.requireRole(Role.UNIT_OFFICER);
        CampaignView campaign = campaigns.find(campaignId)
                .orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
        LocalDate today = VietnamTime.today(clock);
        List<FieldIssue> issues = new ArrayList<>(unreadable);
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
        UnitPlan.issues(command).stream()
                .filter(issue -> unreadable.stream().noneMatch(u -> u.field().equals(issue.field())))
                .forEach(issues::add);
        if (!issues.isEmpty()) throw UnitPlan.invalid(issues);
        return commands.sendAndWait(command);
    }
}
