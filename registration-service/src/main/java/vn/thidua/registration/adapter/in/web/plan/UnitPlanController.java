package vn.thidua.registration.adapter.in.web.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.adapter.in.web.dossier.DossierController;
import vn.thidua.registration.adapter.in.web.plan.UnitPlanPage.PlanForm;
import vn.thidua.registration.application.plan.UnitPlanCommands;
import vn.thidua.registration.application.plan.UnitPlanCommands.PlanInput;
import vn.thidua.registration.application.plan.UnitPlanQueries;
import vn.thidua.registration.application.plan.UnitPlanQueries.PlanOverview;
import vn.thidua.registration.application.plan.UnitPlanView;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
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
        return answer(campaignId, request.unitId(), commands.file(campaignId, request));
    }

    /** 201 with where the plan is read for a new version; 200 when the same plan was filed already. */
    private static ResponseEntity<UnitPlan.Filing> answer(String campaignId, String unitId, UnitPlan.Filing filing) {
        if (!filing.changed()) return ResponseEntity.ok(filing);
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId + "/unit-plans/" + unitId.strip()))
                .body(filing);
    }

    @Operation(summary = "Nộp kế hoạch kèm văn bản / File or replace a unit's plan with its signed file",
            description = "Multipart: the fields of the JSON form (unitId, number, issuedOn as yyyy-MM-dd or "
                    + "dd/MM/yyyy, signer, note) and an optional file, the signed plan: PDF or DOCX, told by its "
                    + "content, at most thidua.dossier.max-file-size. Without a file, a plan of the same number and "
                    + "date keeps the file it had. 201/200 as the JSON form. Refusals are problem+json naming the "
                    + "fields: 400 (a bad field; an empty, damaged or other type of file), 413 (file too large), 403.")
    @ApiResponse(responseCode = "201", description = "Đã nộp / Filed")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<UnitPlan.Filing> fileWithDocument(@PathVariable String campaignId, PlanForm form,
            @Parameter(description = "Văn bản kế hoạch đã ký (PDF, DOCX) / The signed plan")
            @RequestParam(value = "file", required = false) MultipartFile file) {
        List<FieldIssue> unreadable = new ArrayList<>();
        PlanInput input = form.input(unreadable);
        return answer(campaignId, input.unitId(), commands.file(campaignId, input, unreadable, PlanForm.upload(file)));
    }

    /** The plan in force and, when it has a signed file, where to download it. */
    public record PlanResponse(@JsonUnwrapped UnitPlanView plan, String documentUrl) {
    }

    @Operation(summary = "Kế hoạch đang có hiệu lực của một đơn vị / A unit's plan in force",
            description = "With its signed file (document: name, media type, size, SHA-256) and documentUrl when "
                    + "one was filed. 404 when the unit has filed none; 403 outside the reader's subtree.")
    @GetMapping("/{unitId}")
    public PlanResponse plan(@PathVariable String campaignId, @PathVariable String unitId) {
        UnitPlanView plan = queries.plan(campaignId, unitId)
                .orElseThrow(() -> NotFound.referenceData("kế hoạch thực hiện", "unit plan", unitId));
        return new PlanResponse(plan, plan.document() == null ? null
                : "/api/campaigns/" + plan.campaignId() + "/unit-plans/" + plan.unitId() + "/document");
    }

    @Operation(summary = "Tải về văn bản kế hoạch / Download the plan's signed file",
            description = "The file of the plan in force as an attachment (type detected at upload, nosniff, "
                    + "sandboxing CSP), for whoever may read the plan. 404 when the plan has no file; 403 outside "
                    + "the reader's subtree.")
    @GetMapping("/{unitId}/document")
    public ResponseEntity<InputStreamResource> document(@PathVariable String campaignId, @PathVariable String unitId)
            throws IOException {
        return DossierController.download(queries.document(campaignId, unitId));
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
