package vn.thidua.registration.domain.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Chuyển đơn vị sang đơn vị cấp trên khác; its subtree moves with it. */
public record MoveUnitCommand(@TargetAggregateIdentifier String unitId, String parentId) implements UnitCommand {
}
