package vn.thidua.registration.application.unit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;

import java.time.Duration;
import java.util.List;

/**
 * Changes to one unit, with the rules that need the rest of the tree: the parent exists and is open, a move
 * puts no unit below itself, a successor exists. The unit's own rules are the {@code Unit} aggregate's. The
 * tree view is read once it shows the changes made before (up to a few seconds' wait while a big import runs).
 */
@Service
public class UnitCommands {

    /** How long a change waits for the tree view to show the changes made just before it. */
    private static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final UnitDirectory directory;
    private final UnitViewFreshness freshness;
    private final AccessGuard guard;

    public UnitCommands(CommandGateway commands, UnitDirectory directory, UnitViewFreshness freshness,
                        AccessGuard guard) {
        this.commands = commands;
        this.directory = directory;
        this.freshness = freshness;
        this.guard = guard;
    }

    /**
     * The board (Ban Dân vận) over a unit of the tree. A unit the tree does not know is left to the tree rules,
     * which name it (400/404): the tree is reference data every caller reads.
     */
    private void requireBoardOver(String unitId) {
        guard.requireRole(Role.BOARD_OFFICER);
        if (unitId != null && !unitId.isBlank() && directory.find(unitId).isPresent()) {
            guard.require(unitId, Role.BOARD_OFFICER);
        }
    }

    /** Opens a unit: the board over its parent; a new root only by the board of that very unit. */
    public void open(OpenUnitCommand command) {
        guard.requireRole(Role.BOARD_OFFICER);
        if (command.parentId() == null || command.parentId().isBlank()) guard.require(command.unitId(), Role.BOARD_OFFICER);
        else requireBoardOver(command.parentId());
        freshness.awaitCurrent(FRESHNESS);
        if (command.unitId() != null && directory.find(command.unitId()).isPresent()) {
            throw new RuleViolation("unit-exists", "Đã có đơn vị mã " + command.unitId(),
                    "A unit with code " + command.unitId() + " already exists");
        }
        if (command.parentId() != null && !command.parentId().isBlank()) {
            requireOpenParent(command.parentId());
        }
        commands.sendAndWait(command);
    }

    public void rename(RenameUnitCommand command) {
        guard.requireRole(Role.BOARD_OFFICER);
        freshness.awaitCurrent(FRESHNESS);
        guard.require(existing(command.unitId()).unitId(), Role.BOARD_OFFICER);
        commands.sendAndWait(command);
    }

    /** Moves a unit: the board over both its old parent and its new one (over the unit itself when it is a root). */
    public void move(MoveUnitCommand command) {
        guard.requireRole(Role.BOARD_OFFICER);
        freshness.awaitCurrent(FRESHNESS);
        UnitView unit = existing(command.unitId());
        guard.require(unit.parentId() != null ? unit.parentId() : unit.unitId(), Role.BOARD_OFFICER);
        requireBoardOver(command.parentId());
        if (command.parentId() != null && !command.parentId().isBlank() && !command.parentId().equals(command.unitId())) {
            UnitView parent = requireOpenParent(command.parentId());
            if (parent.ancestorIds() != null && parent.ancestorIds().contains(command.unitId())) {
                throw new RuleViolation("cycle", "Không thể chuyển đơn vị vào đơn vị cấp dưới của nó",
                        "A unit cannot be moved below one of its own subunits",
                        List.of(new FieldIssue("parentId", command.parentId() + " thuộc " + command.unitId(),
                                command.parentId() + " is below " + command.unitId())));
            }
        }
        commands.sendAndWait(command);
    }

    public void close(CloseUnitCommand command) {
        guard.requireRole(Role.BOARD_OFFICER);
        freshness.awaitCurrent(FRESHNESS);
        guard.require(existing(command.unitId()).unitId(), Role.BOARD_OFFICER);
        if (command.successorId() != null && !command.successorId().isBlank()
                && !command.successorId().equals(command.unitId()) && directory.find(command.successorId()).isEmpty()) {
            throw new RuleViolation("unknown-successor", "Không tìm thấy đơn vị kế thừa", "Unknown successor unit",
                    List.of(new FieldIssue("successorId", "không có trong cây đơn vị", "is not in the organisation tree")));
        }
        commands.sendAndWait(command);
    }

    private UnitView existing(String unitId) {
        return directory.find(unitId).orElseThrow(() -> new vn.thidua.platform.domain.NotFound("đơn vị", "unit", unitId));
    }

    private UnitView requireOpenParent(String parentId) {
        UnitView parent = directory.find(parentId).orElseThrow(() -> new RuleViolation("unknown-parent",
                "Không tìm thấy đơn vị cấp trên", "Unknown parent unit",
                List.of(new FieldIssue("parentId", "không có trong cây đơn vị", "is not in the organisation tree"))));
        if (parent.closedOn() != null) {
            throw new RuleViolation("closed-parent", "Đơn vị cấp trên đã giải thể", "The parent unit is closed",
                    List.of(new FieldIssue("parentId", "đã giải thể ngày " + parent.closedOn(),
                            "was closed on " + parent.closedOn())));
        }
        return parent;
    }
}
