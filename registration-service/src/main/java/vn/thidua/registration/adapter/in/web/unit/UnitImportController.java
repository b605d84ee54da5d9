package vn.thidua.registration.adapter.in.web.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.registration.application.unit.ReferenceTrees;
import vn.thidua.registration.application.unit.Reform2025;
import vn.thidua.registration.application.unit.UnitImportChange;
import vn.thidua.registration.application.unit.UnitImportJob;
import vn.thidua.registration.application.unit.UnitImports;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/unit-imports")
@Tag(name = "Nhập cây đơn vị / Organisation tree import")
public class UnitImportController {

    private final UnitImports imports;
    private final ReferenceTrees references;
    private final Reform2025 reform;
    public UnitImportController(UnitImports imports, ReferenceTrees references, Reform2025 reform) {
        this.imports = imports;
        this.references = references;
        this.reform = reform;
    }

    @Operation(summary = "Nhập cây đơn vị từ tệp CSV hoặc Excel / Import units from a CSV or .xlsx file",
            description = "Columns (header row required, any order): code,parent_code,level,kind,name,full_name and "
                    + "optionally name_en,groups (separated by ';'),opened_on,closed_on,successor_code. Dates as "
                    + "2025-07-01 or 01/07/2025. The file is read at once: a broken file (not CSV, broken .xlsx, wrong "
                    + "columns, empty) gets a 400 and changes nothing. The rows are then imported asynchronously: 202 "
                    + "with the job, whose Location shows progress and, when done, the report. Rows without opened_on "
                    + "open on effectiveOn (default: today). Re-importing changes only what differs.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<UnitImportJob> upload(@RequestPart("file") MultipartFile file,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn)
            throws IOException {
        return accepted(imports.submitFile(file.getOriginalFilename(), file.getBytes(), effectiveOn));
    }

    @Operation(summary = "Tiến độ và kết quả một lượt nhập / Progress and report of an import",
            description = "Counts of rows (total, processed, applied, unchanged, rejected), commands issued, and the "
                    + "rejected rows with line, code and reason in Vietnamese and English.")
    @GetMapping("/{jobId}")
    public UnitImportJob job(@PathVariable String jobId) {
        return imports.job(jobId);
    }

    @Operation(summary = "Các thay đổi đã áp dụng / Changes an import applied")
    @GetMapping("/{jobId}/changes")
    public List<UnitImportChange> changes(@PathVariable String jobId, @RequestParam(defaultValue = "0") int offset,
                                          @RequestParam(defaultValue = "500") int limit) {
        return imports.changes(jobId, offset, limit);
    }

    @Operation(summary = "Các lượt nhập gần đây / Recent imports")
    @GetMapping
    public List<UnitImportJob> recent() {
        return imports.recent(20);
    }

    @Operation(summary = "Cây đơn vị tham chiếu có sẵn / Bundled reference trees")
    @GetMapping("/reference")
    public List<ReferenceTrees.ReferenceTree> referenceTrees() {
        return references.all();
    }

    @Operation(summary = "Nhập một cây đơn vị tham chiếu có sẵn / Import a bundled reference tree",
            description = "vn-units-2025-03-01 (63 provinces, 696 districts, 10,035 communes; opened 2020-01-01) or "
                    + "vn-units-2025-07-01 (34 provinces, 3,321 communes; opened 2025-07-01).")
    @PostMapping("/reference/{name}")
    public ResponseEntity<UnitImportJob> importReference(@PathVariable String name) {
        return accepted(imports.submitReference(name));
    }

    @Operation(summary = "Nhập cải cách hành chính 01/07/2025 / Import the 2025-07-01 reform",
            description = "Imports the bundled 2025-07-01 tree (new communes open 2025-07-01, provinces keep their "
                    + "codes and are renamed where needed) and closes on 2025-07-01 every district, every commune of "
                    + "the old tree and every province the new tree lacks; a commune Wnnnnn whose number is a new "
                    + "commune's code Cnnnnn gets it as successor, and its villages move there.")
    @PostMapping("/reform-2025")
    public ResponseEntity<UnitImportJob> importReform() {
        return accepted(reform.submit());
    }

    static ResponseEntity<UnitImportJob> accepted(UnitImportJob job) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/unit-imports/" + job.jobId())).body(job);
    }
}
