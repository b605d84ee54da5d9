package vn.thidua.registration.adapter.in.web.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.registration.application.plan.UnitPlanCommands;
import vn.thidua.registration.application.plan.UnitPlanCommands.PlanInput;
import vn.thidua.registration.application.plan.UnitPlanQueries;
import vn.thidua.registration.application.plan.UnitPlanQueries.PlanOverview;
import vn.thidua.registration.application.plan.UnitPlanView;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.net.URI;
import java.util.List;

@Tag(name = "Kế hoạch thực hiện của đơn vị / Units' own plans")
@RestController
@RequestMapping("/api/campaigns/{campaignId}/unit-plans")
public class UnitPlanController {

    private final UnitPlanCommands commands;
    private final UnitPlanQueries queries;

    public UnitPlanController(UnitPlanCommands commands, UnitPlanQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Nộp hoặc thay kế hoạch thực hiện của đơn vị / File or replace a unit's plan",
            description = "201 with the new version; 200 when the same plan was filed already (nothing changes). "
                    + "400 naming every bad field; 403 outside the officer's subtree or an unknown campaign.")
    @PostMapping
    public ResponseEntity<UnitPlan.Filing> file(@PathVariable String campaignId, @RequestBody PlanInput request) {
        UnitPlan.Filing filing = commands.file(campaignId, request);
        if (!filing.changed()) return ResponseEntity.ok(filing);
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId + "/unit-plans/"
                + request.unitId().strip())).body(filing);
    }

    @Operation(summary = "Kế hoạch đang có hiệu lực của một đơn vị / A unit's plan in force",
            description = "404 when the unit has filed none; 403 outside the reader's subtree.")
    @GetMapping("/{unitId}")
    public UnitPlanView plan(@PathVariable String campaignId, @PathVariable String unitId) {
        return queries.plan(campaignId, unitId)
                .orElseThrow(() -> NotFound.referenceData("kế hoạch thực hiện", "unit plan", unitId));
    }

    /** The units of the subtree open today, those without a plan first. */
    public record OverviewResponse(String campaignId, String unitId, int units, long filed, List<Row> items) {
        record Row(String unitId, String name, String kind, String level, UnitPlanView plan) {
        }

        static OverviewResponse of(PlanOverview overview) {
            return new OverviewResponse(overview.campaign().campaignId(), overview.unit().unitId(),
                    overview.rows().size(), overview.filed(), overview.rows().stream()
                    .map(r -> new Row(r.unit().unitId(), r.unit().name(), r.unit().kind(), r.unit().level(),
                            r.plan())).toList());
        }
    }

    @Operation(summary = "Đơn vị nào đã có kế hoạch / Which units of a subtree have filed a plan",
            description = "The unit and every unit below it open today; plan null = not filed yet. 403 outside the "
                    + "reader's subtree.")
    @GetMapping("/{unitId}/subtree")
    public OverviewResponse subtree(@PathVariable String campaignId, @PathVariable String unitId) {
        return OverviewResponse.of(queries.overview(campaignId, unitId));
    }
}
