package vn.thidua.reporting.adapter.in.web.target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.reporting.application.target.TargetCoverageQueries;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Báo cáo / Reporting", description = "Coverage of campaigns, folded from the events of all services")
public class TargetCoverageController {

    private final TargetCoverageQueries queries;

    public TargetCoverageController(TargetCoverageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{campaignId}/target-coverage")
    @Operation(summary = "Độ bao phủ so với chỉ tiêu / coverage against the campaign's targets",
            description = "Per target of the campaign (e.g. > 80% of agencies, 100% of communes, > 75% of villages): "
                    + "the units of that kind strictly below the organiser unit that existed during the campaign's "
                    + "years (the tree as it stood then: opening and closing dates, moves), how many of them have at "
                    + "least one counting model (registered, not withdrawn, not an 'other'-field model awaiting its "
                    + "content confirmation), the percentage and whether the target is met (MORE_THAN 80 needs "
                    + "strictly more than 80%). A target's unitKind matches a unit's kind, level or group. Also the "
                    + "campaign's models by field, registrant kind and novelty, late registrations and replicas.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Coverage against the targets"),
                    @ApiResponse(responseCode = "400", description = "problem+json: 'on' is not a date (yyyy-MM-dd)"),
                    @ApiResponse(responseCode = "404", description = "problem+json: no launch of this campaign has "
                            + "arrived")})
    public TargetCoverageResponse targetCoverage(
            @PathVariable String campaignId,
            @Parameter(description = "Take the denominators on this one day (yyyy-MM-dd) instead of over the whole "
                    + "period, e.g. the day of a preliminary review (sơ kết)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return queries.targetCoverage(campaignId, on).map(TargetCoverageResponse::of)
                .orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
    }

    @GetMapping("/{campaignId}")
    @Operation(summary = "Phong trào / a campaign's period, plan and status",
            description = "Its launch, newest plan (registration windows, milestones, coverage targets) and status; "
                    + "404 problem+json while no launch of it has arrived")
    public CampaignResponse campaign(@PathVariable String campaignId) {
        return queries.campaign(campaignId).map(CampaignResponse::of)
                .orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
    }
}
