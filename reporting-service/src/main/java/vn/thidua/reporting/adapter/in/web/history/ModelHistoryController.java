package vn.thidua.reporting.adapter.in.web.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.reporting.application.history.ModelHistoryQueries;

@RestController
@RequestMapping("/api/models")
@Tag(name = "Báo cáo / Reporting", description = "Coverage of campaigns, folded from the events of all services")
public class ModelHistoryController {

    private final ModelHistoryQueries queries;
    private final ModelActionTexts texts;

    public ModelHistoryController(ModelHistoryQueries queries, ModelActionTexts texts) {
        this.queries = queries;
        this.texts = texts;
    }

    @GetMapping("/{modelId}/history")
    @Operation(summary = "Lịch sử mô hình / a model's history (audit)",
            description = "Every published event of the model (registration, amendments, content confirmation, "
                    + "withdrawal, dossier documents, review, recognition, award proposal and decision), oldest "
                    + "first: when, who (user and unit), what (code, Vietnamese, English), reason, correlation id.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The history"),
                    @ApiResponse(responseCode = "403", description = "problem+json: the model's unit is outside the "
                            + "caller's subtree"),
                    @ApiResponse(responseCode = "404", description = "problem+json: no event of this model arrived")})
    public ModelHistoryResponse history(@PathVariable String modelId) {
        return queries.history(modelId).map(history -> ModelHistoryResponse.of(history, texts))
                .orElseThrow(() -> new NotFound("mô hình", "model", modelId));
    }
}
