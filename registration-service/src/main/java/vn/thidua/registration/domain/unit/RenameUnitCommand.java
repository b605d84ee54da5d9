package vn.thidua.registration.domain.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Đổi tên đơn vị. */
public record RenameUnitCommand(@TargetAggregateIdentifier String unitId, String name, String fullName)
        implements UnitCommand {
}
