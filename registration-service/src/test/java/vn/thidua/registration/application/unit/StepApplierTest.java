package vn.thidua.registration.application.unit;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.registration.application.unit.UnitImportChange.Action;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;
import vn.thidua.registration.domain.unit.UnitCommand;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/** Applying one planned step: its changes, and why a refused command rejects the row. */
class StepApplierTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final StepApplier applier = new StepApplier(gateway);
    private final ImportProgress progress = new ImportProgress("job");

    private static ImportPlanner.Step step(String code, String parent, UnitCommand... commands) {
        UnitRow row = new UnitRow(7, code, parent, "commune", "xã", "Một", "Xã Một", null, null, null, null, null, 0);
        return new ImportPlanner.Step(row, code, 1, List.of(commands));
    }

    @Test
    void everyCommandOfAStepIsAChangeInOrder() {
        applier.apply(progress, step("W1", "D1", new RenameUnitCommand("W1", "Mới", "Xã Mới"),
                new MoveUnitCommand("W1", "D2")));

        assertThat(progress.drainChanges()).extracting(UnitImportChange::action, UnitImportChange::detail)
                .containsExactly(tuple(Action.RENAMED, "Xã Mới"),
                        tuple(Action.MOVED, "→ D2"));
        assertThat(progress.counts().applied()).isEqualTo(1);
        assertThat(progress.counts().renamed()).isEqualTo(1);
    }

    @Test
    void aRefusedCommandRejectsTheRowSayingWhatWasAlreadyDone() {
        doThrow(new CommandExecutionException("refused", new StateConflict("unit-closed", "W1",
                LocalDate.of(2025, 7, 1), 1))).when(gateway).sendAndWait(isA(MoveUnitCommand.class));

        applier.apply(progress, step("W1", "D1", new RenameUnitCommand("W1", "Mới", "Xã Mới"),
                new MoveUnitCommand("W1", "D2")));

        ImportPlanner.Rejection rejection = progress.reported().get(0);
        assertThat(rejection.reason()).isEqualTo("unit-closed");
        assertThat(rejection.messageEn()).isEqualTo("already renamed; Unit W1 was closed on 2025-07-01 and cannot be moved");
        assertThat(rejection.messageVi()).isEqualTo("đã đổi tên; Đơn vị W1 đã giải thể từ ngày 2025-07-01, không thể chuyển");
    }

    @Test
    void rowsBelowAUnitThatCouldNotOpenAreRejectedWithoutSendingAnything() {
        doThrow(new AggregateStreamCreationException("exists")).when(gateway).sendAndWait(any());
        OpenUnitCommand open = new OpenUnitCommand("D1", null, "huyện", "district", "Một", "Huyện Một", List.of(),
                LocalDate.of(2020, 1, 1));
        applier.apply(progress, step("D1", null, open));
        applier.apply(progress, step("W1", "D1", new OpenUnitCommand("W1", "D1", "xã", "commune", "Một", "Xã Một",
                List.of(), LocalDate.of(2020, 1, 1))));

        assertThat(progress.reported()).extracting(ImportPlanner.Rejection::reason)
                .containsExactlyInAnyOrder("concurrent-change", "parent-not-imported");
        assertThat(progress.counts().rejected()).isEqualTo(2);
    }

    @Test
    void axonFailuresAreKnownByTheirType() {
        assertThat(StepApplier.reason(new ConcurrencyException("changed"))[0]).isEqualTo("concurrent-change");
        assertThat(StepApplier.reason(new AggregateStreamCreationException("exists"))[0]).isEqualTo("concurrent-change");
        assertThat(StepApplier.reason(new CommandExecutionException("x", new AggregateNotFoundException("W1", "gone")))[0])
                .isEqualTo("not-in-event-store");
        assertThat(StepApplier.reason(new IllegalStateException("boom")))
                .containsExactly("apply-failed", "không áp dụng được (IllegalStateException)",
                        "could not be applied (IllegalStateException)");
    }
}
