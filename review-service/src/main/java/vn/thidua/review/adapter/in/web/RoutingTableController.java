package vn.thidua.review.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.review.application.routing.RoutingTable;
import vn.thidua.review.application.routing.RoutingTables;

/** The routing table (bảng thẩm quyền công nhận): configuration, the administrator's. */
@RestController
public class RoutingTableController {

    private final RoutingTables tables;

    public RoutingTableController(RoutingTables tables) {
        this.tables = tables;
    }

    @Operation(summary = "Bảng định tuyến thẩm quyền công nhận đang áp dụng / The routing table in force")
    @GetMapping("/api/routing-table")
    public RoutingTable table() {
        return tables.table();
    }

    @Operation(summary = "Thay bảng định tuyến (được kiểm tra trước khi áp dụng) / Replace the routing table (validated)")
    @PutMapping("/api/routing-table")
    public RoutingTable replace(@RequestBody RoutingTable table) {
        return tables.replace(table);
    }
}
