package vn.thidua.registration.adapter.in.web.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.registration.application.unit.UnitCommands;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Cây đơn vị / Organisation tree")
public class UnitController {

    private final UnitCommands commands;
    private final UnitQueries tree;

    public UnitController(UnitCommands commands, UnitQueries tree) {
        this.commands = commands;
        this.tree = tree;
    }

    @Operation(summary = "Thành lập một đơn vị / Open one unit",
            description = "Opens a unit under an existing, open parent (none for a root). openedOn defaults to today "
                    + "(Asia/Ho_Chi_Minh); fullName to the kind followed by the name (\"Xã Ba Vì\"). Names are stored in NFC.")
    @PostMapping
    public ResponseEntity<Map<String, String>> open(@Valid @RequestBody UnitRequests.OpenUnit request) {
        String fullName = request.fullName() == null || request.fullName().isBlank()
                ? capitalise(request.kind().strip()) + " " + request.name().strip() : request.fullName();
        commands.open(new OpenUnitCommand(request.unitId().strip(), blankToNull(request.parentId()), request.kind(),
                request.level(), request.name(), fullName, request.groups(),
                request.openedOn() != null ? request.openedOn() : tree.today()));
        return ResponseEntity.created(URI.create("/api/units/" + request.unitId().strip()))
                .body(Map.of("unitId", request.unitId().strip()));
    }

    @Operation(summary = "Đổi tên đơn vị / Rename a unit")
    @PostMapping("/{unitId}/rename")
    public ResponseEntity<Void> rename(@PathVariable String unitId, @Valid @RequestBody UnitRequests.RenameUnit request) {
        commands.rename(new RenameUnitCommand(unitId, request.name(), request.fullName()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Chuyển đơn vị sang đơn vị cấp trên khác / Move a unit under another parent",
            description = "The subtree moves with it. Refused when the new parent is below the unit (a cycle) or closed.")
    @PostMapping("/{unitId}/move")
    public ResponseEntity<Void> move(@PathVariable String unitId, @Valid @RequestBody UnitRequests.MoveUnit request) {
        commands.move(new MoveUnitCommand(unitId, request.parentId().strip()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Giải thể / sáp nhập đơn vị / Close a unit",
            description = "The unit is open up to the day before closedOn; successorId (optional) took it over.")
    @PostMapping("/{unitId}/closure")
    public ResponseEntity<Void> close(@PathVariable String unitId, @Valid @RequestBody UnitRequests.CloseUnit request) {
        commands.close(new CloseUnitCommand(unitId, request.closedOn(), blankToNull(request.successorId())));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Một đơn vị / One unit")
    @GetMapping("/{unitId}")
    public UnitView unit(@PathVariable String unitId) {
        return tree.unit(unitId);
    }

    @Operation(summary = "Số đơn vị trực thuộc (mọi cấp) / Size of a unit's subtree",
            description = "How many units are below the unit at any depth, closed ones included.")
    @GetMapping("/{unitId}/subtree-size")
    public Map<String, Object> subtreeSize(@PathVariable String unitId) {
        tree.unit(unitId);
        return Map.of("unitId", unitId, "subtreeSize", tree.subtreeSize(unitId));
    }

    @Operation(summary = "Danh sách đơn vị / Units: roots, children of a unit, or a search by name",
            description = "With q: units whose name contains q, ignoring case and diacritics (\"vinh linh\" finds "
                    + "\"Vĩnh Linh\"). Else with parentId: the units directly below it. Else the roots. Only units "
                    + "open on the day `on` (default today).")
    @GetMapping
    public List<UnitView> units(@RequestParam(required = false) String parentId,
                                @RequestParam(required = false) String q,
                                @Parameter(description = "ISO date, default today")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                @RequestParam(defaultValue = "50") int limit) {
        LocalDate day = on != null ? on : tree.today();
        if (q != null && !q.isBlank()) return tree.search(q, day, limit);
        if (parentId != null && !parentId.isBlank()) return tree.children(parentId, day);
        return tree.roots(day);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
