package vn.thidua.reporting.adapter.in.web.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.application.unit.UnitQueries;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Báo cáo / Reporting", description = "Coverage of campaigns, folded from the events of all services")
public class UnitController {

    private final UnitQueries queries;
    private final Clock clock;

    public UnitController(UnitQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "Đơn vị / a unit of the organisation tree",
            description = "Kind, level, groups, opening and closing dates, and its parent and ancestors on a day "
                    + "(today, Vietnam time, unless 'on' is given). 404 problem+json when never heard of.")
    public UnitResponse unit(@PathVariable String unitId,
                             @Parameter(description = "The day (yyyy-MM-dd) to give parent and ancestors for")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate on) {
        LocalDate day = on != null ? on : VietnamTime.today(clock);
        return queries.unit(unitId, day).map(UnitResponse::of)
                .orElseThrow(() -> new NotFound("đơn vị", "unit", unitId));
    }
}
