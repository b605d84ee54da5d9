package vn.thidua.registration.application.unit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.unit.UnitImportChange.Action;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.ReclassifyUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;
import vn.thidua.registration.domain.unit.UnitCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Applies one planned step of an import: sends its commands in order and records each change in the job's
 * progress; the first command refused rejects the row (saying what was already done) and, for an opening, the
 * rows below it.
 */
@Component
public class StepApplier {

    private final CommandGateway commands;

    public StepApplier(CommandGateway commands) {
        this.commands = commands;
    }

    void apply(ImportProgress progress, ImportPlanner.Step step) {
        String parent = step.row().parentCode() == null ? null : step.row().parentCode().strip();
        if (parent != null && progress.couldNotOpen(parent)) {
            if (step.commands().get(0) instanceof OpenUnitCommand) progress.openFailed(step.code());
            progress.reject(step, "parent-not-imported", "đơn vị cấp trên " + parent + " không nhập được",
                    "parent " + parent + " could not be imported");
            return;
        }
        List<String> doneVi = new ArrayList<>();
        List<String> doneEn = new ArrayList<>();
        for (UnitCommand command : step.commands()) {
            try {
                commands.sendAndWait(command);
            } catch (RuntimeException e) {
                if (command instanceof OpenUnitCommand) progress.openFailed(step.code());
                String[] reason = reason(e);
                String prefixVi = doneVi.isEmpty() ? "" : "đã " + String.join(", ", doneVi) + "; ";
                String prefixEn = doneEn.isEmpty() ? "" : "already " + String.join(", ", doneEn) + "; ";
                progress.reject(step, reason[0], prefixVi + reason[1], prefixEn + reason[2]);
                return;
            }
            Action action = action(command);
            progress.changed(step, action, detail(command));
            doneVi.add(actionVi(action));
            doneEn.add(action.name().toLowerCase(Locale.ROOT));
        }
        progress.stepApplied();
    }

    static Action action(UnitCommand command) {
        if (command instanceof OpenUnitCommand) return Action.OPENED;
        if (command instanceof RenameUnitCommand) return Action.RENAMED;
        if (command instanceof MoveUnitCommand) return Action.MOVED;
        if (command instanceof ReclassifyUnitCommand) return Action.RECLASSIFIED;
        return Action.CLOSED;
    }

    private static String actionVi(Action action) {
        return switch (action) {
            case OPENED -> "thành lập";
            case RENAMED -> "đổi tên";
            case MOVED -> "chuyển";
            case RECLASSIFIED -> "đổi loại";
            case CLOSED -> "giải thể";
        };
    }

    private static String detail(UnitCommand command) {
        if (command instanceof OpenUnitCommand c) {
            return c.fullName() + (c.parentId() == null ? "" : " ← " + c.parentId()) + ", " + c.openedOn();
        }
        if (command instanceof RenameUnitCommand c) return c.fullName();
        if (command instanceof MoveUnitCommand c) return "→ " + c.parentId();
        if (command instanceof ReclassifyUnitCommand c) return c.level() + " / " + c.kind() + " " + c.groups();
        CloseUnitCommand c = (CloseUnitCommand) command;
        return c.closedOn() + (c.successorId() == null ? "" : " → " + c.successorId());
    }

    /** Why a command failed: a code, and the reason in Vietnamese and in English. */
    static String[] reason(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 6; depth++, cause = cause.getCause()) {
            if (cause instanceof RuleViolation rule) {
                return new String[] {rule.code(), text(rule, RuleMessages.VIETNAMESE), text(rule, Locale.ENGLISH)};
            }
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return new String[] {"concurrent-change", "đơn vị đã tồn tại hoặc vừa được thay đổi đồng thời",
                        "the unit already exists or was changed at the same time"};
            }
            if (cause instanceof AggregateNotFoundException) {
                return new String[] {"not-in-event-store", "đơn vị có trong bảng xem nhưng không có trong kho sự kiện",
                        "the unit is in the view but not in the event store"};
            }
        }
        return new String[] {"apply-failed", "không áp dụng được (" + failure.getClass().getSimpleName() + ")",
                "could not be applied (" + failure.getClass().getSimpleName() + ")"};
    }

    private static String text(RuleViolation rule, Locale locale) {
        RuleMessages messages = RuleMessages.get();
        String fields = rule.fields().stream().map(f -> f.field() + " " + messages.text(f, locale))
                .collect(Collectors.joining(", "));
        return messages.text(rule, locale) + (fields.isEmpty() ? "" : ": " + fields);
    }
}
