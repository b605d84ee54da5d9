package vn.thidua.registration.domain.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Thành lập / nhập đơn vị: a unit of the organisation tree comes into being under {@code parentId} (null for a
 * root such as a province). Kind (xã, phường, thôn…), level (province, district, commune, village…) and groups
 * are data, never a fixed list: the seeds' three-tier tree has districts, today's Vietnam has none.
 */
public record OpenUnitCommand(@TargetAggregateIdentifier String unitId, String parentId, String kind, String level,
                              String name, String fullName, List<String> groups, LocalDate openedOn)
        implements UnitCommand {
}
