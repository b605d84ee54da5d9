package vn.thidua.registration.application.unit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.RuleViolation;
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

    public UnitCommands(CommandGateway commands, UnitDirectory directory, UnitViewFreshness freshness) {
        this.commands = commands;
        this.directory = directory;
        this.freshness = freshness;
    }

    public void open(OpenUnitCommand command) {
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
        freshness.awaitCurrent(FRESHNESS);
        existing(command.unitId());
        commands.sendAndWait(command);
    }

    public void move(MoveUnitCommand command) {
        freshness.awaitCurrent(FRESHNESS);
        existing(command.unitId());
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
        freshness.awaitCurrent(FRESHNESS);
        existing(command.unitId());
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
