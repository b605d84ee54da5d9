package vn.thidua.registration.domain.unit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.thidua.registration.domain.unit.UnitRules.blank;
import static vn.thidua.registration.domain.unit.UnitRules.required;

/**
 * One unit of the organisation tree (đơn vị), identified by its code. It knows its own life: opened, renamed,
 * moved, reclassified, closed. Rules over several units (the parent exists and is open, a move makes no
 * cycle, codes are unique within an import file) need the whole tree and are checked by the application.
 * Names are stored in Unicode NFC.
 */
@Aggregate
public class Unit {

    private static final int RENAME = 0;
    private static final int MOVE = 1;
    private static final int RECLASSIFY = 2;
    private static final int CLOSE = 3;

    @AggregateIdentifier
    private String unitId;
    private String parentId;
    private String kind;
    private String level;
    private List<String> groups;
    private String name;
    private String fullName;
    private LocalDate openedOn;
    private LocalDate closedOn;

    protected Unit() {
    }

    @CommandHandler
    public Unit(OpenUnitCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        UnitRules.checkCode("unitId", command.unitId(), true, issues);
        UnitRules.checkCode("parentId", command.parentId(), false, issues);
        if (!blank(command.parentId()) && command.parentId().equals(command.unitId())) {
            issues.add(FieldIssue.of("parentId", "unit-not-itself"));
        }
        UnitRules.checkText("kind", command.kind(), UnitRules.MAX_KIND, issues);
        UnitRules.checkText("level", command.level(), UnitRules.MAX_KIND, issues);
        UnitRules.checkText("name", command.name(), UnitRules.MAX_NAME, issues);
        UnitRules.checkText("fullName", command.fullName(), UnitRules.MAX_NAME, issues);
        UnitRules.checkGroups(command.groups(), issues);
        if (command.openedOn() == null) issues.add(required("openedOn"));
        if (!issues.isEmpty()) {
            throw new InvalidInput("invalid-unit", issues);
        }
        apply(new UnitOpenedEvent(command.unitId(), blank(command.parentId()) ? null : command.parentId(),
                VietnameseText.nfc(command.kind()), VietnameseText.nfc(command.level()),
                VietnameseText.nfc(command.name()), VietnameseText.nfc(command.fullName()),
                UnitRules.groups(command.groups()), command.openedOn()));
    }

    @CommandHandler
    public void handle(RenameUnitCommand command) {
        rejectIfClosed(RENAME);
        List<FieldIssue> issues = new ArrayList<>();
        UnitRules.checkText("name", command.name(), UnitRules.MAX_NAME, issues);
        UnitRules.checkText("fullName", command.fullName(), UnitRules.MAX_NAME, issues);
        if (!issues.isEmpty()) {
            throw new InvalidInput("invalid-name", issues);
        }
        String newName = VietnameseText.nfc(command.name());
        String newFullName = VietnameseText.nfc(command.fullName());
        if (newName.equals(name) && newFullName.equals(fullName)) return; // already so: nothing happened
        apply(new UnitRenamedEvent(unitId, newName, newFullName));
    }

    @CommandHandler
    public void handle(MoveUnitCommand command) {
        rejectIfClosed(MOVE);
        List<FieldIssue> issues = new ArrayList<>();
        UnitRules.checkCode("parentId", command.parentId(), true, issues);
        if (unitId.equals(command.parentId())) {
            issues.add(FieldIssue.of("parentId", "unit-not-under-itself"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("invalid-move", issues);
        }
        if (command.parentId().equals(parentId)) return;
        apply(new UnitMovedEvent(unitId, parentId, command.parentId()));
    }

    @CommandHandler
    public void handle(ReclassifyUnitCommand command) {
        rejectIfClosed(RECLASSIFY);
        List<FieldIssue> issues = new ArrayList<>();
        UnitRules.checkText("kind", command.kind(), UnitRules.MAX_KIND, issues);
        UnitRules.checkText("level", command.level(), UnitRules.MAX_KIND, issues);
        UnitRules.checkGroups(command.groups(), issues);
        if (!issues.isEmpty()) {
            throw new InvalidInput("invalid-unit", issues);
        }
        String newKind = VietnameseText.nfc(command.kind());
        String newLevel = VietnameseText.nfc(command.level());
        List<String> newGroups = UnitRules.groups(command.groups());
        if (newKind.equals(kind) && newLevel.equals(level) && newGroups.equals(groups)) return;
        apply(new UnitReclassifiedEvent(unitId, newKind, newLevel, newGroups));
    }

    @CommandHandler
    public void handle(CloseUnitCommand command) {
        rejectIfClosed(CLOSE);
        List<FieldIssue> issues = new ArrayList<>();
        if (command.closedOn() == null) {
            issues.add(required("closedOn"));
        } else if (!command.closedOn().isAfter(openedOn)) {
            issues.add(FieldIssue.of("closedOn", "unit-closed-after-opening", openedOn));
        }
        UnitRules.checkCode("successorId", command.successorId(), false, issues);
        if (unitId.equals(command.successorId())) {
            issues.add(FieldIssue.of("successorId", "unit-not-itself"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("invalid-closure", issues);
        }
        apply(new UnitClosedEvent(unitId, command.closedOn(), blank(command.successorId()) ? null : command.successorId()));
    }

    /** The change refused on a closed unit: an argument of the message {@code rule.unit-closed} (a choice). */
    private void rejectIfClosed(int change) {
        if (closedOn != null) throw new StateConflict("unit-closed", unitId, closedOn, change);
    }

    @EventSourcingHandler
    void on(UnitOpenedEvent event) {
        unitId = event.unitId();
        parentId = event.parentId();
        kind = event.kind();
        level = event.level();
        name = event.name();
        fullName = event.fullName();
        groups = event.groups() == null ? List.of() : List.copyOf(event.groups());
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(UnitRenamedEvent event) {
        name = event.name();
        fullName = event.fullName();
    }

    @EventSourcingHandler
    void on(UnitMovedEvent event) {
        parentId = event.toParentId();
    }

    @EventSourcingHandler
    void on(UnitReclassifiedEvent event) {
        kind = event.kind();
        level = event.level();
        groups = event.groups() == null ? List.of() : List.copyOf(event.groups());
    }

    @EventSourcingHandler
    void on(UnitClosedEvent event) {
        closedOn = Objects.requireNonNull(event.closedOn());
    }
}
