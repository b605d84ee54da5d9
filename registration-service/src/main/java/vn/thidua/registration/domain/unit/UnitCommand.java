package vn.thidua.registration.domain.unit;

/** A command to one unit of the organisation tree: what an import plans and applies, row by row. */
public sealed interface UnitCommand
        permits OpenUnitCommand, RenameUnitCommand, MoveUnitCommand, ReclassifyUnitCommand, CloseUnitCommand {

    String unitId();
}
