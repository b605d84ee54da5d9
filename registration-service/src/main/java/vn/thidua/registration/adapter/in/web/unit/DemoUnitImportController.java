package vn.thidua.registration.adapter.in.web.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.registration.application.unit.DemoUnits;
import vn.thidua.registration.application.unit.UnitImportJob;
import vn.thidua.registration.application.unit.UnitImports;

/** Demo units for the local stack: only with the {@code demo} profile. */
@RestController
@Profile("demo")
@RequestMapping("/api/unit-imports")
@Tag(name = "Nhập cây đơn vị / Organisation tree import")
public class DemoUnitImportController {

    private final UnitImports imports;
    private final DemoUnits demo;

    public DemoUnitImportController(UnitImports imports, DemoUnits demo) {
        this.imports = imports;
        this.demo = demo;
    }

    @Operation(summary = "Tạo và nhập đơn vị mẫu cho một địa bàn / Generate and import demo units for an area",
            description = "Villages (thôn, bản, khu phố), party committee and mass organisations of every commune of "
                    + "the area; agencies, party cells and mass organisations of every district (and of a province). "
                    + "Deterministic for a seed.")
    @PostMapping("/demo/{areaCode}")
    public ResponseEntity<UnitImportJob> importDemo(@PathVariable String areaCode,
                                                    @RequestParam(defaultValue = "2023") long seed) {
        return UnitImportController.accepted(imports.submitRows("demo: " + areaCode, demo.forArea(areaCode, seed), null));
    }
}
