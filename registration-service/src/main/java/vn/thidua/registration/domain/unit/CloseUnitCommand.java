package vn.thidua.registration.domain.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Giải thể / sáp nhập: the unit stops existing at the start of {@code closedOn} (it is open up to the day
 * before); {@code successorId}, optional, is the unit that took it over (a merged commune's new commune).
 */
public record CloseUnitCommand(@TargetAggregateIdentifier String unitId, LocalDate closedOn, String successorId)
        implements UnitCommand {
}
