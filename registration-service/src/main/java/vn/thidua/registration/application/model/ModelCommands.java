package vn.thidua.registration.application.model;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.ModelField;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.campaign.CampaignDirectory;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.model.RegistrationResult.Warning;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.model.AmendModelCommand;
import vn.thidua.registration.domain.model.ConfirmModelContentCommand;
import vn.thidua.registration.domain.model.ModelRules;
import vn.thidua.registration.domain.model.RegisterModelCommand;
import vn.thidua.registration.domain.model.WithdrawModelCommand;

import vn.thidua.platform.time.VietnamTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Registers and changes models: looks up what the aggregate cannot see (the campaign, the units, the replicated
 * model, same-title models), then sends the command. A request with several problems is refused with one
 * violation naming every bad field, the aggregate's own rules ({@link ModelRules}) and the look-ups together.
 * The look-up rules are listed in the service README.
 */
@Service
public class ModelCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CommandGateway commands;
    private final CampaignDirectory campaigns;
    private final UnitQueries units;
    private final ModelQueries models;
    private final AccessGuard guard;
    private final Clock clock;

    public ModelCommands(CommandGateway commands, CampaignDirectory campaigns, UnitQueries units,
                         ModelQueries models, AccessGuard guard, Clock clock) {
        this.commands = commands;
        this.campaigns = campaigns;
        this.units = units;
        this.models = models;
        this.guard = guard;
        this.clock = clock;
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** The command a valid input becomes, or every issue of an invalid one. */
    public record Checked(RegisterModelCommand command, List<FieldIssue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    /** Checks everything, sends nothing. */
    public Checked check(RegistrationInput in) {
        return check(in, UUID.randomUUID().toString());
    }

    /** @throws vn.thidua.platform.domain.RuleViolation naming every bad field; nothing is registered then */
    public RegistrationResult register(RegistrationInput in) {
        requireRegistrant(in.unitId(), Role.UNIT_OFFICER);
        Checked checked = check(in);
        if (!checked.valid()) throw ModelRules.invalid(checked.issues());
        return send(checked.command());
    }

    /**
     * A unit officer registers for units of its subtree only (403 otherwise). A unit the tree does not know is
     * left to the checks, which name it (400): the tree is reference data every caller may read.
     */
    public void requireRegistrant(String unitId, Role... roles) {
        guard.requireRole(roles);
        String id = ModelRules.id(unitId);
        if (id != null && lookable(id) && units.find(id).isPresent()) guard.require(id, roles);
    }

    /** Whether the current caller may register for the unit (false for a unit the tree does not know). */
    public boolean mayRegisterFor(String unitId, Role... roles) {
        String id = ModelRules.id(unitId);
        return id != null && guard.allows(id, roles);
    }

    /** Registers a checked command for a unit officer over its unit. */
    public RegistrationResult send(RegisterModelCommand command) {
        return send(command, Role.UNIT_OFFICER);
    }

    /** Registers a checked command: duplicates of the same unit, campaign and folded title are warned about. */
    RegistrationResult send(RegisterModelCommand command, Role... roles) {
        guard.require(command.unitId(), roles);
        List<Warning> warnings = new ArrayList<>();
        for (ModelView same : models.sameTitle(command.campaignId(), command.unitId(), command.title())) {
            warnings.add(duplicateOf(same.modelId(), same.title()));
        }
        commands.sendAndWait(command);
        return new RegistrationResult(command.modelId(), command.late(), warnings);
    }

    public static Warning duplicateOf(String modelId, String title) {
        return Warning.of(Warning.POSSIBLE_DUPLICATE, modelId, title);
    }

    /** @return whether anything changed */
    public boolean amend(String modelId, AmendmentInput in) {
        models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
        Object changed = commands.sendAndWait(new AmendModelCommand(modelId, in.title(), in.field(), in.content(),
                in.method(), in.expectedResults(), in.startDate(), in.reason(), today()));
        return Boolean.TRUE.equals(changed);
    }

    public void withdraw(String modelId, String reason) {
        models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
        commands.sendAndWait(new WithdrawModelCommand(modelId, reason));
    }

    /**
     * The directly managing unit confirms an "other" model's content: a managing-unit officer over that unit
     * (its own or one of its subtree), else 403. The confirmation is the managing unit's.
     */
    public void confirmContent(String modelId) {
        ModelView model = models.forChange(modelId, ModelView::managingUnitId, Role.MANAGING_UNIT_OFFICER);
        commands.sendAndWait(new ConfirmModelContentCommand(modelId, model.managingUnitId()));
    }

    /** An amendment as the unit fills it in: the complete new registration content, and an optional note. */
    public record AmendmentInput(String title, ModelField field, String content, String method,
                                 String expectedResults, LocalDate startDate, String reason) {
    }

    Checked check(RegistrationInput in, String modelId) {
        LocalDate today = today();
        List<FieldIssue> issues = new ArrayList<>();

        CampaignView campaign = null;
        if (lookable(in.campaignId())) {
            campaign = campaigns.find(in.campaignId().strip()).orElse(null);
            if (campaign == null) {
                issues.add(FieldIssue.of("campaignId", NO_SUCH_CAMPAIGN));
            } else if (!campaign.open()) {
                issues.add(FieldIssue.of("campaignId", CAMPAIGN_CLOSED));
            }
        }

        UnitView unit = null;
        if (lookable(in.unitId())) {
            unit = units.find(in.unitId().strip()).orElse(null);
            if (unit == null) {
                issues.add(FieldIssue.of("unitId", "model-no-such-unit"));
            } else if (!unit.openOn(today)) {
                issues.add(closed("unitId", unit));
            }
        }

        String managingUnitId = ModelRules.id(in.managingUnitId());
        if (managingUnitId == null) {
            if (unit != null) managingUnitId = unit.parentId();
        } else if (lookable(managingUnitId)) {
            UnitView managing = units.find(managingUnitId).orElse(null);
            if (managing == null) {
                issues.add(FieldIssue.of("managingUnitId", "model-no-such-unit"));
            } else if (!managing.openOn(today)) {
                issues.add(closed("managingUnitId", managing));
            } else if (managingUnitId.equals(ModelRules.id(in.unitId()))) {
                issues.add(FieldIssue.of("managingUnitId", "model-managing-unit-itself"));
            } else if (unit != null && managing.ancestorIds() != null && managing.ancestorIds().contains(unit.unitId())) {
                issues.add(FieldIssue.of("managingUnitId", "model-managing-unit-below"));
            }
        }

        if (lookable(in.replicaOf())) {
            ModelView original = models.find(in.replicaOf()).orElse(null);
            if (original == null) {
                issues.add(FieldIssue.of("replicaOf", "model-no-such-model"));
            } else if (!original.active()) {
                issues.add(FieldIssue.of("replicaOf", "model-replica-withdrawn"));
            }
        }

        boolean late = campaign != null && campaign.lastDueDate().map(today::isAfter).orElse(false);
        RegisterModelCommand command = new RegisterModelCommand(modelId, ModelRules.id(in.campaignId()),
                ModelRules.id(in.unitId()), managingUnitId, in.registrantKind(), in.individual(), in.novelty(),
                in.title(), in.field(), in.content(), in.method(), in.expectedResults(), in.startDate(),
                ModelRules.id(in.replicaOf()), late, today);
        List<FieldIssue> rules = ModelRules.registrationIssues(command);
        // a managing unit the caller did not give cannot be blamed on the field: say the tree lacks one
        UnitView registering = unit;
        if (ModelRules.blank(in.managingUnitId()) && registering != null) {
            rules = rules.stream().map(i -> ModelRules.MANAGING_UNIT_FOR_OTHER.equals(i.code())
                    ? FieldIssue.of(i.field(), ModelRules.MANAGING_UNIT_FOR_OTHER + "-no-parent", registering.unitId())
                    : i).toList();
        }
        issues.addAll(rules);
        return new Checked(command, ModelRules.inFormOrder(issues));
    }

    /** Field codes of a campaign that cannot take registrations (also for the summary-table import). */
    static final String NO_SUCH_CAMPAIGN = "model-no-such-campaign";
    static final String CAMPAIGN_CLOSED = "model-campaign-closed";

    private static boolean lookable(String id) {
        return !ModelRules.blank(id) && id.strip().length() <= ModelRules.ID_MAX;
    }

    /** The unit is not open today: named on {@code field} with the day it closed, if it did. */
    public static FieldIssue closed(String field, UnitView unit) {
        boolean dated = unit.closedOn() != null;
        return FieldIssue.of(field, "model-unit-closed", dated ? " " + DAY.format(unit.closedOn()) : "",
                dated ? " since " + unit.closedOn() : "");
    }
}
