package vn.thidua.registration.application.unit;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.time.VietnamTime;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the organisation tree from an in-memory {@code units} view, on a pinned clock. */
class UnitQueriesTest {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static UnitView unit(String id, String parent, List<String> ancestors, String name, String folded,
                                 LocalDate closedOn) {
        return new UnitView(id, parent, ancestors, "xã", "commune", name, "Xã " + name, folded, List.of(), OPENED,
                closedOn, null);
    }

    private final UnitQueries queries = new UnitQueries(InMemoryUnitStore.of(List.of(
            unit("45", null, List.of(), "Quảng Trị", "quang tri", null),
            unit("D464", "45", List.of("45"), "Vĩnh Linh", "vinh linh", REFORM),
            unit("W2", "D464", List.of("45", "D464"), "Vĩnh Thái", "vinh thai", REFORM),
            unit("W1", "D464", List.of("45", "D464"), "Hồ Xá", "ho xa", REFORM),
            unit("W3", "D464", List.of("45", "D464"), "Bến Hải Vĩnh", "ben hai vinh", REFORM),
            unit("C1", "45", List.of("45"), "Vĩnh Linh", "vinh linh", null))),
            VietnamTime.fixedAt(LocalDate.of(2024, 3, 1)));

    @Test
    void todayIsTheVietnameseDayOfTheClock() {
        assertThat(queries.today()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void childrenOpenOnADayComeInVietnameseAlphabeticalOrder() {
        assertThat(queries.children("D464", LocalDate.of(2024, 1, 1))).extracting(UnitView::unitId)
                .containsExactly("W3", "W1", "W2");
        assertThat(queries.children("D464", REFORM)).isEmpty();
        assertThat(queries.children("D464", null)).hasSize(3);
        assertThat(queries.roots(REFORM)).extracting(UnitView::unitId).containsExactly("45");
    }

    @Test
    void searchIgnoresDiacriticsAndPutsNamesStartingWithTheQueryFirst() {
        assertThat(queries.search("VINH", LocalDate.of(2024, 1, 1), 10)).extracting(UnitView::unitId)
                .containsExactly("C1", "D464", "W2", "W3");
        assertThat(queries.search("vĩnh linh", REFORM, 10)).extracting(UnitView::unitId).containsExactly("C1");
        assertThat(queries.search("  ", null, 10)).isEmpty();
    }

    @Test
    void ancestorsRunFromTheRootDown() {
        assertThat(queries.ancestors(queries.unit("W1"))).extracting(UnitView::unitId).containsExactly("45", "D464");
    }

    @Test
    void aSubtreeHoldsTheUnitAndEveryUnitBelowItClosedOnesToo() {
        assertThat(queries.subtree("D464")).containsExactlyInAnyOrder("D464", "W1", "W2", "W3");
        assertThat(queries.subtreeSize("45")).isEqualTo(5);
        assertThat(queries.withSubtree("D464")).extracting(UnitView::unitId).contains("D464", "W1", "W2", "W3");
        assertThat(queries.withSubtree("NONE")).isEmpty();
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThat(queries.find("NONE")).isEmpty();
        assertThatThrownBy(() -> queries.unit("NONE")).isInstanceOf(NotFound.class);
    }
}
