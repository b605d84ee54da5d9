package vn.thidua.registration.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.registration.application.ModelQueries;
import vn.thidua.registration.application.ModelView;
import vn.thidua.registration.domain.RegisterModelCommand;
import vn.thidua.registration.domain.WithdrawModelCommand;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/models")
public class ModelController {

    private final CommandGateway commands;
    private final ModelQueries queries;

    public ModelController(CommandGateway commands, ModelQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Đăng ký mô hình / Register a model")
    @PostMapping
    public ResponseEntity<Map<String, String>> register(@Valid @RequestBody RegisterModelRequest request) {
        String modelId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterModelCommand(modelId, request.campaignId(), request.unitId(),
                request.managingUnitId(), request.registrantKind(), request.title(), request.field()));
        return ResponseEntity.created(URI.create("/api/models/" + modelId)).body(Map.of("modelId", modelId));
    }

    @Operation(summary = "Rút đăng ký mô hình / Withdraw a model")
    @PostMapping("/{modelId}/withdrawal")
    public ResponseEntity<Void> withdraw(@PathVariable String modelId, @Valid @RequestBody WithdrawModelRequest request) {
        commands.sendAndWait(new WithdrawModelCommand(modelId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Một mô hình / One model")
    @GetMapping("/{modelId}")
    public ModelView model(@PathVariable String modelId) {
        return queries.model(modelId);
    }

    @Operation(summary = "Danh sách mô hình / Models of a campaign or unit")
    @GetMapping
    public List<ModelView> models(@RequestParam(required = false) String campaignId,
                                  @RequestParam(required = false) String unitId) {
        return queries.models(campaignId, unitId);
    }
}
