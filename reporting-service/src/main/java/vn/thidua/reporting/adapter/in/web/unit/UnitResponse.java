package vn.thidua.reporting.adapter.in.web.unit;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.reporting.application.unit.UnitQueries.UnitOnDay;
import vn.thidua.reporting.domain.unit.Unit;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A unit of the organisation tree as reporting knows it, with its parent and ancestors on a day")
public record UnitResponse(String unitId, String name, String fullName, String kind, String level, List<String> groups,
                           LocalDate openedOn, LocalDate closedOn, String successorId,
                           @Schema(description = "The day parent and ancestors are given for") LocalDate on,
                           @Schema(description = "Whether the unit existed on that day") boolean open,
                           String parentId,
                           @Schema(description = "Ancestors on that day, parent first") List<String> ancestors) {

    public static UnitResponse of(UnitOnDay found) {
        Unit unit = found.unit();
        return new UnitResponse(unit.unitId(), unit.name(), unit.fullName(), unit.kind(), unit.level(), unit.groups(),
                unit.openedOn(), unit.closedOn(), unit.successorId(), found.day(),
                unit.openDuring(found.day(), found.day()), found.ancestors().isEmpty() ? null : found.ancestors().get(0),
                found.ancestors());
    }
}
