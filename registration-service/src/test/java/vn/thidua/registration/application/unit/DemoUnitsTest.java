package vn.thidua.registration.application.unit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo villages, organisations and agencies: believable, deterministic, and importable as they are. */
class DemoUnitsTest {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

    private static UnitView unit(String code, String parent, List<String> ancestors, String level, String kind,
                                 String name, String fullName) {
        return new UnitView(code, parent, ancestors, kind, level, name, fullName, name.toLowerCase(), List.of(), OPENED,
                null, null);
    }

    /** Vĩnh Linh (Quảng Trị) with a commune and a town, as the 2025-03-01 tree has them. */
    private static List<UnitView> vinhLinh() {
        return List.of(
                unit("45", null, List.of(), "province", "tỉnh", "Quảng Trị", "Tỉnh Quảng Trị"),
                unit("D464", "45", List.of("45"), "district", "huyện", "Vĩnh Linh", "Huyện Vĩnh Linh"),
                unit("W19369", "D464", List.of("45", "D464"), "commune", "xã", "Vĩnh Thái", "Xã Vĩnh Thái"),
                unit("W19363", "D464", List.of("45", "D464"), "commune", "thị trấn", "Hồ Xá", "Thị trấn Hồ Xá"));
    }

    @Test
    void theSameSeedGivesTheSameUnitsAnotherSeedOtherVillages() {
        List<UnitRow> first = DemoUnits.generate(vinhLinh().subList(1, 4), 2023);
        assertThat(DemoUnits.generate(vinhLinh().subList(1, 4), 2023)).isEqualTo(first);
        List<UnitRow> other = DemoUnits.generate(vinhLinh().subList(1, 4), 2024);
        assertThat(other.stream().map(UnitRow::name).toList()).isNotEqualTo(first.stream().map(UnitRow::name).toList());
    }

    @Test
    void aCommuneGetsVillagesAPartyCommitteeAndItsMassOrganisations() {
        UnitView commune = vinhLinh().get(2);
        List<UnitRow> villages = DemoUnits.villages(commune, 2023);
        assertThat(villages).hasSizeBetween(6, 14);
        assertThat(villages).allSatisfy(v -> {
            assertThat(v.name()).startsWith("Thôn ");
            assertThat(v.kind()).isEqualTo("village");
            assertThat(v.level()).isEqualTo("village");
            assertThat(v.parentCode()).isEqualTo("W19369");
            assertThat(v.code()).matches("W19369-T\\d{2}");
            assertThat(v.openedOn()).isEqualTo("2020-01-01");
        });
        assertThat(villages.stream().map(UnitRow::name).distinct()).hasSameSizeAs(villages);

        List<UnitRow> organisations = DemoUnits.communeOrganisations(commune);
        assertThat(organisations).extracting(UnitRow::name).containsExactly("Đảng ủy xã Vĩnh Thái",
                "Mặt trận Tổ quốc xã Vĩnh Thái", "Hội Phụ nữ xã Vĩnh Thái", "Hội Nông dân xã Vĩnh Thái",
                "Đoàn Thanh niên xã Vĩnh Thái", "Hội Cựu chiến binh xã Vĩnh Thái");
        assertThat(organisations).extracting(UnitRow::kind).containsExactly("party-committee", "mass-organisation",
                "mass-organisation", "mass-organisation", "mass-organisation", "mass-organisation");
        assertThat(organisations.get(4).fullName()).isEqualTo("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Vĩnh Thái");
    }

    @Test
    void townsHaveResidentialQuartersAndMountainCommunesVillagesWithTayNames() {
        assertThat(DemoUnits.villages(vinhLinh().get(3), 7)).allSatisfy(v -> assertThat(v.name()).startsWith("Khu phố "));
        UnitView mountain = unit("W06127", "D180", List.of("20", "D180"), "commune", "xã", "Thụy Hùng", "Xã Thụy Hùng");
        List<String> words = DemoUnits.villages(mountain, 7).stream().map(v -> v.name().split(" ")[0]).distinct().toList();
        assertThat(words).isSubsetOf("Bản", "Thôn").contains("Bản");
    }

    @Test
    void aDistrictGetsItsMassMobilisationBoardOtherAgenciesPartyCellsAndMassOrganisations() {
        List<UnitRow> rows = DemoUnits.agencies(vinhLinh().get(1), 2023);
        Map<String, List<UnitRow>> byKind = rows.stream().collect(Collectors.groupingBy(UnitRow::kind));
        assertThat(byKind.get("agency")).extracting(UnitRow::name)
                .contains("Văn phòng Huyện ủy Vĩnh Linh", "Ban Dân vận Huyện ủy Vĩnh Linh",
                        "Văn phòng HĐND và UBND huyện Vĩnh Linh")
                .hasSizeBetween(7, 10);
        assertThat(byKind.get("party-cell")).hasSameSizeAs(byKind.get("agency"))
                .allSatisfy(c -> assertThat(c.name()).startsWith("Chi bộ ").isEqualTo("Chi bộ " + rows.stream()
                        .filter(a -> a.code().equals(c.parentCode())).findFirst().orElseThrow().name()));
        assertThat(byKind.get("mass-organisation")).hasSize(5);
    }

    @Test
    void generatedRowsImportCleanlyBelowTheirArea() {
        Map<String, UnitView> tree = new HashMap<>();
        vinhLinh().forEach(u -> tree.put(u.unitId(), u));
        List<UnitRow> rows = DemoUnits.generate(vinhLinh(), 2023);
        var plan = ImportPlanner.plan(rows, tree, LocalDate.of(2025, 1, 1));
        assertThat(plan.rejections()).isEmpty();
        assertThat(plan.steps()).hasSize(rows.size());
        Set<String> codes = rows.stream().map(UnitRow::code).collect(Collectors.toSet());
        assertThat(codes).hasSameSizeAs(rows);
        // the province gets its own agencies (Ban Dân vận Tỉnh ủy), the district and both communes theirs
        assertThat(rows).extracting(UnitRow::name).contains("Ban Dân vận Tỉnh ủy Quảng Trị", "Ban Dân vận Huyện ủy Vĩnh Linh",
                "Đảng ủy thị trấn Hồ Xá");
    }
}
