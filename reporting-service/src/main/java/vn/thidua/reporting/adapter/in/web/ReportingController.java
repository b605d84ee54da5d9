package vn.thidua.reporting.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.reporting.application.ReportingQueries;

@RestController
@RequestMapping("/api")
@Tag(name = "Báo cáo / Reporting", description = "Coverage of campaigns, folded from the events of all services")
public class ReportingController {

    private final ReportingQueries queries;

    public ReportingController(ReportingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/campaigns/{campaignId}/coverage")
    @Operation(summary = "Độ bao phủ của phong trào / campaign coverage",
            description = "Per unit: models registered, recognised, proposed for an award, awarded. "
                    + "A campaign without models answers 200 with no units. For readers of reports over the "
                    + "campaign's organiser unit, or, with unitId, over that unit (then only its subtree is "
                    + "counted); only units in the caller's subtree are listed and totalled. 404 while the "
                    + "campaign's launch has not arrived.")
    public CoverageResponse coverage(@PathVariable String campaignId,
                                     @Parameter(description = "Only this unit's subtree (đơn vị được hỏi), e.g. a "
                                             + "commune's part of a district's campaign")
                                     @RequestParam(required = false) String unitId) {
        return CoverageResponse.of(queries.coverage(campaignId, unitId == null || unitId.isBlank() ? null
                : unitId.strip()));
    }

    @GetMapping("/models/{modelId}")
    @Operation(summary = "Mô hình / a model's progress", description = "404 problem when the model is unknown here")
    public ModelResponse model(@PathVariable String modelId) {
        return queries.model(modelId).map(ModelResponse::of)
                .orElseThrow(() -> new NotFound("mô hình", "model", modelId));
    }
}
