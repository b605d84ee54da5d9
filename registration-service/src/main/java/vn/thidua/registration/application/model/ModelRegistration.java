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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Registers and changes models: looks up what the aggregate cannot see (the campaign, the units, the
 * replicated model, same-title models), then sends the command. A request with several problems is refused
 * with ONE violation naming every bad field — the aggregate's own rules ({@link ModelRules}) and the look-ups
 * together.
 *
 * <p>Look-up rules:
 * <ul>
 *   <li>campaign ({@code campaignId}): must exist and be OPEN. After its last registration window's due date
 *   (today in Vietnam, Asia/Ho_Chi_Minh) the registration is accepted and flagged late (đăng ký muộn).</li>
 *   <li>unit ({@code unitId}): must exist in the organisation tree and be open today.</li>
 *   <li>managing unit ({@code managingUnitId}, đơn vị quản lý trực tiếp): defaults to the unit's parent. When
 *   given it must exist, be open, and be neither the unit itself nor one of its subordinates. It need not be
 *   the unit's tree parent: management may follow party or sector lines that the administrative tree does not
 *   show (a school's party cell is managed by the commune's party committee).</li>
 *   <li>replicated model ({@code replicaOf}, nhân rộng): must exist and not be withdrawn.</li>
 * </ul>
 */
@Service
public class ModelRegistration {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CommandGateway commands;
    private final CampaignDirectory campaigns;
    private final UnitQueries units;
    private final ModelQueries models;
    private final Clock clock;
    private final AccessGuard guard;

    @Autowired
    public ModelRegistration(CommandGateway commands, CampaignDirectory campaigns, UnitQueries units,
                             ModelQueries models, AccessGuard guard) {
        this(commands, campaigns, units, models, Clock.system(VIETNAM), guard);
    }

    /** For tests of the checks alone ({@link #check}); nothing can be sent without a guard. */
    public ModelRegistration(CommandGateway commands, CampaignDirectory campaigns, UnitQueries units,
                             ModelQueries models, Clock clock) {
        this(commands, campaigns, units, models, clock, null);
    }

    private ModelRegistration(CommandGateway commands, CampaignDirectory campaigns, UnitQueries units,
                              ModelQueries models, Clock clock, AccessGuard guard) {
        this.commands = commands;
        this.campaigns = campaigns;
        this.units = units;
        this.models = models;
        this.clock = clock;
        this.guard = guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
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
        return new Warning(Warning.POSSIBLE_DUPLICATE, modelId, title,
                "Đơn vị đã đăng ký mô hình trùng tên trong phong trào này: “" + title + "”. Vui lòng kiểm tra, rút đăng ký bản thừa nếu trùng.",
                "The unit already registered a model with the same title in this campaign: “" + title
                        + "”. Please check, and withdraw the extra one if it is a duplicate.");
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
                issues.add(new FieldIssue("campaignId", "không có phong trào thi đua này", "no such campaign"));
            } else if (!campaign.open()) {
                issues.add(new FieldIssue("campaignId", "phong trào đã kết thúc, không nhận đăng ký",
                        "the campaign is closed to registration"));
            }
        }

        UnitView unit = null;
        if (lookable(in.unitId())) {
            unit = units.find(in.unitId().strip()).orElse(null);
            if (unit == null) {
                issues.add(new FieldIssue("unitId", "không có đơn vị này trong cây đơn vị",
                        "no such unit in the organisation tree"));
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
                issues.add(new FieldIssue("managingUnitId", "không có đơn vị này trong cây đơn vị",
                        "no such unit in the organisation tree"));
            } else if (!managing.openOn(today)) {
                issues.add(closed("managingUnitId", managing));
            } else if (managingUnitId.equals(ModelRules.id(in.unitId()))) {
                issues.add(new FieldIssue("managingUnitId", "không thể là chính đơn vị đăng ký",
                        "cannot be the registering unit itself"));
            } else if (unit != null && managing.ancestorIds() != null && managing.ancestorIds().contains(unit.unitId())) {
                issues.add(new FieldIssue("managingUnitId", "là đơn vị cấp dưới của đơn vị đăng ký",
                        "is a subordinate of the registering unit"));
            }
        }

        if (lookable(in.replicaOf())) {
            ModelView original = models.find(in.replicaOf()).orElse(null);
            if (original == null) {
                issues.add(new FieldIssue("replicaOf", "không có mô hình này", "no such model"));
            } else if (!original.active()) {
                issues.add(new FieldIssue("replicaOf", "mô hình này đã rút đăng ký", "that model was withdrawn"));
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
            rules = rules.stream().map(i -> i.field().equals("managingUnitId")
                    ? new FieldIssue("managingUnitId", i.messageVi() + " (đơn vị " + registering.unitId()
                    + " không có đơn vị cấp trên trong cây đơn vị)", i.messageEn() + " (unit " + registering.unitId()
                    + " has no parent in the organisation tree)") : i).toList();
        }
        issues.addAll(rules);
        return new Checked(command, ModelRules.inFormOrder(issues));
    }

    private static boolean lookable(String id) {
        return !ModelRules.blank(id) && id.strip().length() <= ModelRules.ID_MAX;
    }

    private static FieldIssue closed(String field, UnitView unit) {
        String on = unit.closedOn() == null ? "" : " " + DAY.format(unit.closedOn());
        return new FieldIssue(field, "đơn vị đã giải thể hoặc sáp nhập" + on + " hoặc chưa thành lập",
                "the unit is closed" + (unit.closedOn() == null ? "" : " since " + unit.closedOn()) + " or not yet opened");
    }
}
