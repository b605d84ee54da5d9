package vn.thidua.registration.application.unit;

import org.junit.jupiter.api.Test;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.ReclassifyUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;
import vn.thidua.registration.domain.unit.UnitCommand;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Checking rows against the tree and the file: what is applied, what is rejected and why. */
class ImportPlannerTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2020, 1, 1);
    private final Map<String, UnitView> tree = new HashMap<>();
    private int line = 1;

    private UnitRow row(String code, String parent, String level, String kind, String name) {
        return new UnitRow(++line, code, parent, level, kind, name, "", null, null, null, null, null, 0);
    }

    private UnitRow row(String code, String parent, String name, String openedOn, String closedOn, String successor) {
        return new UnitRow(++line, code, parent, "commune", "xã", name, "", null, null, openedOn, closedOn, successor, 0);
    }

    private void inTree(String code, String parent, List<String> ancestors, String level, String kind, String name,
                        LocalDate closedOn) {
        tree.put(code, new UnitView(code, parent, ancestors, kind, level, name, capital(kind) + " " + name,
                name.toLowerCase(), List.of(), EFFECTIVE, closedOn, null));
    }

    private static String capital(String kind) {
        return kind.substring(0, 1).toUpperCase() + kind.substring(1);
    }

    private ImportPlanner.Plan plan(UnitRow... rows) {
        return ImportPlanner.plan(List.of(rows), tree, EFFECTIVE);
    }

    private static List<String> rejectedCodes(ImportPlanner.Plan plan) {
        return plan.rejections().stream().map(ImportPlanner.Rejection::code).toList();
    }

    private static ImportPlanner.Rejection rejection(ImportPlanner.Plan plan, String code) {
        return plan.rejections().stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow();
    }

    @Test
    void opensANewTreeParentsFirstEvenWhenChildrenComeFirstInTheFile() {
        var plan = plan(row("W19369", "D464", "commune", "xã", "Vĩnh Thái"),
                row("D464", "45", "district", "huyện", "Vĩnh Linh"),
                row("45", "", "province", "tỉnh", "Quảng Trị"));
        assertThat(plan.rejections()).isEmpty();
        assertThat(plan.steps()).extracting(ImportPlanner.Step::code).containsExactly("45", "D464", "W19369");
        assertThat(plan.steps().get(2).commands()).containsExactly(new OpenUnitCommand("W19369", "D464", "xã", "commune",
                "Vĩnh Thái", "Xã Vĩnh Thái", List.of(), EFFECTIVE));
        assertThat(plan.steps().get(0).commands().get(0)).isEqualTo(new OpenUnitCommand("45", null, "tỉnh", "province",
                "Quảng Trị", "Tỉnh Quảng Trị", List.of(), EFFECTIVE));
    }

    @Test
    void anUnchangedRowIssuesNothingEvenInAnotherUnicodeForm() {
        inTree("45", null, List.of(), "province", "tỉnh", "Quảng Trị", null);
        String decomposed = Normalizer.normalize("Quảng Trị", Normalizer.Form.NFD);
        var plan = plan(new UnitRow(2, " 45 ", "", "province", "tỉnh", decomposed, "Tỉnh " + decomposed, "Quang Tri",
                null, null, null, null, 0));
        assertThat(plan.rejections()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.commandCount()).isZero();
    }

    @Test
    void aChangedNameRenamesAChangedParentMovesAChangedKindReclassifiesAClosingDateCloses() {
        inTree("45", null, List.of(), "province", "tỉnh", "Quảng Trị", null);
        inTree("44", null, List.of(), "province", "tỉnh", "Quảng Bình", null);
        inTree("D464", "45", List.of("45"), "district", "huyện", "Vĩnh Linh", null);
        inTree("W19363", "D464", List.of("45", "D464"), "commune", "thị trấn", "Hồ Xá", null);
        var plan = plan(row("44", "", "province", "tỉnh", "Quảng Trị Mới"),
                row("D464", "44", "district", "huyện", "Vĩnh Linh"),
                row("W19363", "D464", "commune", "phường", "Hồ Xá"),
                new UnitRow(9, "45", null, "province", "tỉnh", "Quảng Trị", "Tỉnh Quảng Trị", null, null, null,
                        "2025-07-01", "44", 0));
        assertThat(plan.rejections()).isEmpty();
        Map<String, List<UnitCommand>> commands = new HashMap<>();
        plan.steps().forEach(s -> commands.put(s.code(), s.commands()));
        assertThat(commands.get("44")).containsExactly(new RenameUnitCommand("44", "Quảng Trị Mới", "Tỉnh Quảng Trị Mới"));
        assertThat(commands.get("D464")).containsExactly(new MoveUnitCommand("D464", "44"));
        assertThat(commands.get("W19363")).containsExactly(
                new RenameUnitCommand("W19363", "Hồ Xá", "Phường Hồ Xá"),
                new ReclassifyUnitCommand("W19363", "phường", "commune", List.of()));
        assertThat(commands.get("45")).containsExactly(new CloseUnitCommand("45", LocalDate.of(2025, 7, 1), "44"));
    }

    @Test
    void everyOccurrenceOfADuplicateCodeIsRejectedAndSoAreItsChildren() {
        var plan = plan(row("45", "", "province", "tỉnh", "Quảng Trị"),
                row("D464", "45", "district", "huyện", "Vĩnh Linh"),
                row("D464", "45", "district", "huyện", "Gio Linh"),
                row("W19369", "D464", "commune", "xã", "Vĩnh Thái"));
        assertThat(rejectedCodes(plan)).containsExactly("D464", "D464", "W19369");
        assertThat(rejection(plan, "D464").messageEn()).isEqualTo("code D464 appears more than once in the file (lines 3, 4)");
        assertThat(rejection(plan, "D464").messageVi()).isEqualTo("mã D464 xuất hiện nhiều lần trong tệp (dòng 3, 4)");
        assertThat(rejection(plan, "W19369").reason()).isEqualTo("parent-rejected");
        assertThat(rejection(plan, "W19369").line()).isEqualTo(5);
        assertThat(plan.steps()).extracting(ImportPlanner.Step::code).containsExactly("45");
    }

    @Test
    void anUnknownParentIsRejected() {
        var plan = plan(row("W19369", "D999", "commune", "xã", "Vĩnh Thái"));
        assertThat(rejection(plan, "W19369").reason()).isEqualTo("unknown-parent");
        assertThat(rejection(plan, "W19369").messageVi()).contains("D999");
    }

    @Test
    void aCycleWithinTheFileRejectsEveryRowOnItAndBelowIt() {
        var plan = plan(row("A", "B", "district", "huyện", "A"), row("B", "A", "district", "huyện", "B"),
                row("C", "A", "commune", "xã", "C"), row("R", "", "province", "tỉnh", "R"));
        assertThat(rejectedCodes(plan)).containsExactly("A", "B", "C");
        assertThat(rejection(plan, "A").reason()).isEqualTo("cycle");
        assertThat(rejection(plan, "A").messageEn()).contains("A → B → A");
        assertThat(rejection(plan, "C").reason()).isEqualTo("parent-rejected");
        assertThat(plan.steps()).extracting(ImportPlanner.Step::code).containsExactly("R");
    }

    @Test
    void aMoveBelowItsOwnSubtreeInTheTreeIsACycle() {
        inTree("45", null, List.of(), "province", "tỉnh", "Quảng Trị", null);
        inTree("D464", "45", List.of("45"), "district", "huyện", "Vĩnh Linh", null);
        inTree("W19369", "D464", List.of("45", "D464"), "commune", "xã", "Vĩnh Thái", null);
        var plan = plan(row("D464", "W19369", "district", "huyện", "Vĩnh Linh"));
        assertThat(rejection(plan, "D464").reason()).isEqualTo("cycle");
        assertThat(rejection(plan, "D464").messageEn()).contains("D464 → W19369 → D464");
    }

    @Test
    void badValuesAreNamedWithTheirColumnInBothLanguages() {
        inTree("D464", null, List.of(), "district", "huyện", "Vĩnh Linh", null);
        var plan = plan(row("W1", "D464", "Một", "31/02/2025", null, null),
                row("W2", "D464", "Hai", "2025-13-01", null, null),
                new UnitRow(9, "W3", "D464", "", "xã", " ", "", null, null, null, null, null, 0),
                new UnitRow(10, "W 4", "D464", "commune", "xã", "Bốn", "", null, null, null, null, null, 0),
                new UnitRow(11, "W5", "D464", "commune", "xã", "Năm", "", null, null, null, null, null, 2),
                row("W6", "D464", "Sáu", "2025-07-01", "2025-06-30", null),
                row("W7", "D464", "Bảy", null, null, "W1"));
        assertThat(rejection(plan, "W1").messageVi()).isEqualTo(
                "ngày '31/02/2025' ở cột opened_on không hợp lệ (dùng dạng 2025-07-01 hoặc 01/07/2025)");
        assertThat(rejection(plan, "W2").messageEn()).isEqualTo(
                "date '2025-13-01' in column opened_on is invalid (write 2025-07-01 or 01/07/2025)");
        assertThat(rejection(plan, "W3").messageEn()).isEqualTo("missing required value in column level, name");
        assertThat(rejection(plan, "W 4").reason()).isEqualTo("bad-code");
        assertThat(rejection(plan, "W5").reason()).isEqualTo("extra-values");
        assertThat(rejection(plan, "W6").reason()).isEqualTo("closed-before-opened");
        assertThat(rejection(plan, "W7").reason()).isEqualTo("successor-without-closure");
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void aUnitStayingOpenCannotSitBelowAClosedUnit() {
        inTree("D1", null, List.of(), "district", "huyện", "Cũ", LocalDate.of(2025, 7, 1));
        var plan = plan(row("W1", "D1", "Một", null, null, null), row("W3", "W1", "village", "thôn", "Ba"));
        assertThat(rejectedCodes(plan)).containsExactly("W1", "W3");
        assertThat(rejection(plan, "W1").messageEn()).isEqualTo("parent D1 is closed (on 2025-07-01)");
        assertThat(rejection(plan, "W3").reason()).isEqualTo("parent-rejected");
    }

    @Test
    void aUnitCannotCloseWhileUnitsBelowItStayOpen() {
        inTree("D2", null, List.of(), "district", "huyện", "Hai", null);
        inTree("W1", "D2", List.of("D2"), "commune", "xã", "Một", null);
        inTree("W2", "D2", List.of("D2"), "commune", "xã", "Hai", null);
        inTree("W3", "D2", List.of("D2"), "commune", "xã", "Ba", null);
        inTree("D3", null, List.of(), "district", "huyện", "Ba", null);
        UnitRow closeD2 = new UnitRow(20, "D2", "", "district", "huyện", "Hai", "", null, null, null, "2025-07-01", null, 0);
        var plan = plan(closeD2, row("W1", "D2", "Một Mới", null, null, null), row("W4", "D2", "Bốn", null, null, null),
                row("W2", "D3", "Hai", null, null, null), row("W3", "D2", "Ba", null, "2025-07-01", null));
        assertThat(rejectedCodes(plan)).containsExactly("D2");
        assertThat(rejection(plan, "D2").messageEn())
                .isEqualTo("2 units below it stay open (W1, W4); close or move them first");
        assertThat(plan.steps()).extracting(ImportPlanner.Step::code).containsExactlyInAnyOrder("W1", "W2", "W3", "W4");

        var whole = plan(closeD2, row("W1", "D2", "Một", null, "2025-07-01", null), row("W2", "D3", "Hai", null, null, null),
                row("W3", "D2", "Ba", null, "2025-07-01", null));
        assertThat(whole.rejections()).isEmpty();
    }

    @Test
    void aClosedUnitNeverChangesNorReopens() {
        inTree("W1", null, List.of(), "commune", "xã", "Một", LocalDate.of(2025, 7, 1));
        var reopened = plan(row("W1", "", "Một", null, null, null));
        assertThat(rejection(reopened, "W1").messageEn())
                .isEqualTo("the unit was closed on 2025-07-01 and cannot change or reopen");
        var renamed = plan(row("W1", "", "Một Hai", null, "2025-07-01", null));
        assertThat(rejection(renamed, "W1").reason()).isEqualTo("unit-closed");
        var same = plan(row("W1", "", "Một", null, "2025-07-01", null));
        assertThat(same.rejections()).isEmpty();
        assertThat(same.unchanged()).isEqualTo(1);
    }

    @Test
    void anExplicitOpeningDateMustMatchTheTreeAndOpensNewUnits() {
        inTree("W1", null, List.of(), "commune", "xã", "Một", null);
        var plan = plan(row("W1", "", "Một", "2021-01-01", null, null),
                row("W2", "", "Hai", "01/07/2025", null, null));
        assertThat(rejection(plan, "W1").reason()).isEqualTo("opened-on-differs");
        assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.commands()).containsExactly(
                new OpenUnitCommand("W2", null, "xã", "commune", "Hai", "Xã Hai", List.of(), LocalDate.of(2025, 7, 1))));
    }

    @Test
    void aSuccessorMustExistInTheTreeOrTheFile() {
        inTree("W1", null, List.of(), "commune", "xã", "Một", null);
        inTree("W2", null, List.of(), "commune", "xã", "Hai", null);
        var plan = plan(row("W1", "", "Một", null, "2025-07-01", "C1"),
                row("W2", "", "Hai", null, "2025-07-01", "C2"),
                row("C2", "", "Hai Mới", "2025-07-01", null, null));
        assertThat(rejectedCodes(plan)).containsExactly("W1");
        assertThat(rejection(plan, "W1").messageEn()).isEqualTo("unknown successor C1");
        assertThat(plan.steps()).extracting(ImportPlanner.Step::code).containsExactlyInAnyOrder("W2", "C2");
    }

    @Test
    void groupsAreChangedOnlyWhenTheFileHasAGroupsColumn() {
        tree.put("W1", new UnitView("W1", null, List.of(), "xã", "commune", "Một", "Xã Một", "mot",
                List.of("biên giới"), EFFECTIVE, null, null));
        var withoutColumn = plan(row("W1", "", "Một", null, null, null));
        assertThat(withoutColumn.unchanged()).isEqualTo(1);
        var withColumn = plan(new UnitRow(2, "W1", "", "commune", "xã", "Một", "Xã Một", null,
                "biên giới; miền núi", null, null, null, 0));
        assertThat(withColumn.steps().get(0).commands()).containsExactly(
                new ReclassifyUnitCommand("W1", "xã", "commune", List.of("biên giới", "miền núi")));
    }
}
