package vn.thidua.registration.application.unit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Role;
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
    private final UnitQueries directory;
    private final UnitViewFreshness freshness;
    private final AccessGuard guard;

    public UnitCommands(CommandGateway commands, UnitQueries directory, UnitViewFreshness freshness,
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

    /**
     * A new root is opened by the board of that very unit: the tree does not know it yet, so no jurisdiction
     * covers it; once it exists (opening it again is a conflict) the tree answers as for any unit.
     */
    private void requireBoardOfNewRoot(String unitId) {
        if (unitId != null && directory.find(unitId).isPresent()) {
            guard.require(unitId, Role.BOARD_OFFICER);
            return;
        }
        boolean own = CurrentCaller.get().map(caller -> unitId != null && unitId.equals(caller.unitId())).orElse(false);
        if (!own && !guard.allows(unitId, Role.BOARD_OFFICER)) throw new OutsideJurisdiction("unit");
    }

    /** Opens a unit: the board over its parent; a new root only by the board of that very unit. */
    public void open(OpenUnitCommand command) {
        guard.requireRole(Role.BOARD_OFFICER);
        if (command.parentId() == null || command.parentId().isBlank()) requireBoardOfNewRoot(command.unitId());
        else requireBoardOver(command.parentId());
        freshness.awaitCurrent(FRESHNESS);
        if (command.unitId() != null && directory.find(command.unitId()).isPresent()) {
            throw new StateConflict("unit-exists", command.unitId());
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
                throw new InvalidInput("cycle",
                        List.of(FieldIssue.of("parentId", "unit-below", command.parentId(), command.unitId())));
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
            throw new InvalidInput("unknown-successor", List.of(FieldIssue.of("successorId", "unit-not-in-tree")));
        }
        commands.sendAndWait(command);
    }

    private UnitView existing(String unitId) {
        return directory.find(unitId).orElseThrow(() -> new NotFound("đơn vị", "unit", unitId));
    }

    private UnitView requireOpenParent(String parentId) {
        UnitView parent = directory.find(parentId).orElseThrow(() -> new InvalidInput("unknown-parent",
                List.of(FieldIssue.of("parentId", "unit-not-in-tree"))));
        if (parent.closedOn() != null) {
            throw new InvalidInput("closed-parent", List.of(FieldIssue.of("parentId", "unit-closed-on", parent.closedOn())));
        }
        return parent;
    }
}
