package vn.thidua.registration.domain.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A unit changes kind, level or groups, e.g. a commune (xã) becomes a ward (phường). */
public record ReclassifyUnitCommand(@TargetAggregateIdentifier String unitId, String kind, String level,
                                    List<String> groups) implements UnitCommand {
}
