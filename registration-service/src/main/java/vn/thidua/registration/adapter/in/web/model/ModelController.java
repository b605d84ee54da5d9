package vn.thidua.registration.adapter.in.web.model;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.contracts.ModelField;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelQueries.Filter;
import vn.thidua.registration.application.model.ModelQueries.ModelPage;
import vn.thidua.registration.application.model.ModelCommands;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.application.model.RegistrationResult;

import java.net.URI;

@RestController
@RequestMapping("/api/models")
public class ModelController {

    private final ModelCommands registration;
    private final ModelQueries queries;

    public ModelController(ModelCommands registration, ModelQueries queries) {
        this.registration = registration;
        this.queries = queries;
    }

    @Operation(summary = "Đăng ký mô hình / Register a model",
            description = "201 with the model id, the late flag and warnings (possible-duplicate); 400 naming every bad field")
    @PostMapping
    public ResponseEntity<RegistrationResult> register(@RequestBody RegisterModelRequest request) {
        RegistrationResult result = registration.register(request.toInput());
        return ResponseEntity.created(URI.create("/api/models/" + result.modelId())).body(result);
    }

    @Operation(summary = "Sửa đăng ký / Amend a model while its review has not started",
            description = "204; 409 once the model was recognised or withdrawn")
    @PostMapping("/{modelId}/amendment")
    public ResponseEntity<Void> amend(@PathVariable String modelId, @RequestBody AmendModelRequest request) {
        registration.amend(modelId, request.toInput());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Xác nhận nội dung mô hình lĩnh vực khác / Confirm an \"other\"-field model's content",
            description = "By a managing-unit officer over the model's managing unit (đơn vị quản lý trực tiếp), else 403")
    @PostMapping("/{modelId}/content-confirmation")
    public ResponseEntity<Void> confirmContent(@PathVariable String modelId) {
        registration.confirmContent(modelId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Rút đăng ký mô hình / Withdraw a model")
    @PostMapping("/{modelId}/withdrawal")
    public ResponseEntity<Void> withdraw(@PathVariable String modelId, @RequestBody WithdrawModelRequest request) {
        registration.withdraw(modelId, request.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Một mô hình / One model")
    @GetMapping("/{modelId}")
    public ModelView model(@PathVariable String modelId) {
        return queries.model(modelId);
    }

    @Operation(summary = "Danh sách mô hình / Models, filtered and paged",
            description = "q matches the title without regard to diacritics or case; page counts from 0; size at most 200")
    @GetMapping
    public ModelPage models(@RequestParam(required = false) String campaignId,
                            @RequestParam(required = false) String unitId,
                            @RequestParam(required = false) ModelField field,
                            @RequestParam(required = false) String status,
                            @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        return queries.search(new Filter(campaignId, unitId, field, status, q), page, size);
    }
}
