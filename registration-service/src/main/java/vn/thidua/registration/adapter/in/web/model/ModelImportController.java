package vn.thidua.registration.adapter.in.web.model;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.model.ModelImportCommands;
import vn.thidua.registration.application.model.ModelImportCommands.ImportReport;
import vn.thidua.registration.adapter.in.file.SummaryTableFile;
import vn.thidua.registration.domain.model.ModelRules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bulk registration from a unit's summary table (Bảng tổng hợp, .xlsx); the columns: see {@link SummaryTableFile}. */
@RestController
@RequestMapping("/api/model-imports")
public class ModelImportController {

    private final ModelImportCommands imports;

    public ModelImportController(ModelImportCommands imports) {
        this.imports = imports;
    }

    @Operation(summary = "Đăng ký hàng loạt từ bảng tổng hợp / Register the models of a summary table (.xlsx)",
            description = "multipart: file (.xlsx as the template), campaignId. 200 with a row-by-row report: good rows "
                    + "registered, bad rows listed with every reason. 400 (nothing registered) for an unreadable file, "
                    + "missing columns or an unknown/closed campaign.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReport importTable(@RequestParam(required = false) String campaignId,
                                    @RequestParam(required = false) MultipartFile file) throws IOException {
        return run(imports, campaignId, file);
    }

    static ImportReport run(ModelImportCommands imports, String campaignId, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            if (ModelRules.blank(campaignId)) {
                throw ModelRules.invalid(List.of(ModelRules.required("campaignId"), ModelRules.required("file")));
            }
            throw new InvalidInput(FieldIssue.of("file", "model-import-file-required"));
        }
        try (InputStream in = file.getInputStream()) {
            return imports.importTable(campaignId, in);
        }
    }

    @Operation(summary = "Mẫu bảng tổng hợp / The summary table template (.xlsx)")
    @GetMapping("/template.xlsx")
    public ResponseEntity<byte[]> template() {
        return templateDownload();
    }

    static ResponseEntity<byte[]> templateDownload() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(SummaryTableFile.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bang-tong-hop-mo-hinh.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(SummaryTableFile.template());
    }
}
