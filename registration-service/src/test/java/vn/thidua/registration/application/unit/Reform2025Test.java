package vn.thidua.registration.application.unit;

import org.junit.jupiter.api.Test;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;
import vn.thidua.registration.domain.unit.UnitCommand;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2025 reform as rows: the new tree, closures of the old one, villages moved to the successor commune. */
class Reform2025Test {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private final Map<String, UnitView> tree = new HashMap<>();

    private void unit(String code, String parent, List<String> ancestors, String level, String kind, String name) {
        tree.put(code, new UnitView(code, parent, ancestors, kind, level, name, name, name.toLowerCase(), List.of(),
                OPENED, null, null));
    }

    @Test
    void closesTheOldTreeKeepsProvincesAndGivesMatchingCommunesTheirSuccessor() {
        unit("44", null, List.of(), "province", "tỉnh", "Quảng Bình");
        unit("45", null, List.of(), "province", "tỉnh", "Quảng Trị");
        unit("D464", "45", List.of("45"), "district", "huyện", "Vĩnh Linh");
        unit("D464-CQ01", "D464", List.of("45", "D464"), "district", "agency", "Ban Dân vận Huyện ủy Vĩnh Linh");
        unit("W19369", "D464", List.of("45", "D464"), "commune", "xã", "Vĩnh Thái");
        unit("W19372", "D464", List.of("45", "D464"), "commune", "xã", "Vĩnh Tú");
        unit("W19369-T01", "W19369", List.of("45", "D464", "W19369"), "village", "village", "Thôn Tân Lập");
        unit("W19372-T01", "W19372", List.of("45", "D464", "W19372"), "village", "village", "Thôn An Hòa");
        unit("W19369-DU", "W19369", List.of("45", "D464", "W19369"), "commune", "party-committee", "Đảng ủy xã Vĩnh Thái");
        List<UnitRow> newTree = List.of(
                new UnitRow(2, "44", "", "province", "tỉnh", "Quảng Trị", "Tỉnh Quảng Trị", null, null, null, null, null, 0),
                new UnitRow(3, "C19369", "44", "commune", "xã", "Vĩnh Linh", "Xã Vĩnh Linh", null, null, null, null, null, 0));

        unit("99", null, List.of(), "province", "tỉnh ủy", "Tỉnh ủy (not an administrative unit of the old tree)");
        Set<String> oldTree = Set.of("44", "45", "D464", "W19369", "W19372");

        List<UnitRow> rows = Reform2025.rows(newTree, oldTree, tree);
        var plan = ImportPlanner.plan(rows, tree, REFORM);

        assertThat(plan.rejections()).isEmpty();
        Map<String, List<UnitCommand>> commands = new HashMap<>();
        plan.steps().forEach(s -> commands.put(s.code(), s.commands()));
        assertThat(commands.get("44")).containsExactly(new RenameUnitCommand("44", "Quảng Trị", "Tỉnh Quảng Trị"));
        assertThat(commands.get("C19369")).containsExactly(new OpenUnitCommand("C19369", "44", "xã", "commune",
                "Vĩnh Linh", "Xã Vĩnh Linh", List.of(), REFORM));
        assertThat(commands.get("45")).containsExactly(new CloseUnitCommand("45", REFORM, null));
        assertThat(commands.get("D464")).containsExactly(new CloseUnitCommand("D464", REFORM, null));
        assertThat(commands.get("D464-CQ01")).containsExactly(new CloseUnitCommand("D464-CQ01", REFORM, null));
        assertThat(commands.get("W19369")).containsExactly(new CloseUnitCommand("W19369", REFORM, "C19369"));
        assertThat(commands.get("W19372")).containsExactly(new CloseUnitCommand("W19372", REFORM, null));
        assertThat(commands.get("W19369-T01")).containsExactly(new MoveUnitCommand("W19369-T01", "C19369"));
        assertThat(commands.get("W19372-T01")).as("no successor known: the village closes with its commune")
                .containsExactly(new CloseUnitCommand("W19372-T01", REFORM, null));
        assertThat(commands.get("W19369-DU")).containsExactly(new CloseUnitCommand("W19369-DU", REFORM, null));
        assertThat(commands).doesNotContainKey("99");
    }

    @Test
    void theReformAppliedOnceIsNotAppliedTwice() {
        tree.put("44", new UnitView("44", null, List.of(), "tỉnh", "province", "Quảng Trị", "Tỉnh Quảng Trị",
                "quang tri", List.of(), OPENED, null, null));
        tree.put("W19369", new UnitView("W19369", "44", List.of("44"), "xã", "commune", "Vĩnh Thái", "Xã Vĩnh Thái",
                "vinh thai", List.of(), OPENED, REFORM, "C19369"));
        tree.put("C19369", new UnitView("C19369", "44", List.of("44"), "xã", "commune", "Vĩnh Linh", "Xã Vĩnh Linh",
                "vinh linh", List.of(), REFORM, null, null));
        List<UnitRow> newTree = List.of(
                new UnitRow(2, "44", "", "province", "tỉnh", "Quảng Trị", "Tỉnh Quảng Trị", null, null, null, null, null, 0),
                new UnitRow(3, "C19369", "44", "commune", "xã", "Vĩnh Linh", "Xã Vĩnh Linh", null, null, null, null, null, 0));
        var plan = ImportPlanner.plan(Reform2025.rows(newTree, Set.of("44", "W19369"), tree), tree, REFORM);
        assertThat(plan.rejections()).isEmpty();
        assertThat(plan.commandCount()).isZero();
    }
}
